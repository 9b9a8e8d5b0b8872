package nl.schaduwklant.sandbox;

/**
 * How a simulated organisation's replies are written, after real mail clients.
 */
public enum MailClient {

	/** Outlook: plain text and HTML, Dutch "Van:/Verzonden:/Aan:/Onderwerp:" history. */
	OUTLOOK_NL,

	/**
	 * Gmail: plain text and HTML, "Op … schreef …:" attribution wrapped over two lines.
	 */
	GMAIL_NL,

	/** Apple Mail: plain text, "Op … heeft … het volgende geschreven:". */
	APPLE_MAIL_NL,

	/** A web mailer that sends HTML only, history in a blockquote. */
	HTML_ONLY,

	/** An old client: ISO-8859-1, quoted-printable, "Oorspronkelijk bericht" history. */
	QP_LATIN1

}
