package nl.schaduwklant.probes;

/**
 * What a piece of evidence is.
 */
public enum EvidenceKind {

	/** The raw MIME of a mystery e-mail as we submitted it. */
	SENT_MESSAGE,

	/** The raw MIME of a message found in the mystery mailbox. */
	RECEIVED_MESSAGE,

	/** A conversation's transcript, as JSON. */
	TRANSCRIPT,

	/** A PNG screenshot of a web page. */
	SCREENSHOT,

	/** A web page's HTML, as the browser had it. */
	PAGE_HTML,

	/** The audio of a call as we received it from the organisation's side, as WAV. */
	CALL_AUDIO,

	/** The raw parameters of a callback Twilio made about a call, as JSON. */
	CALL_EVENT,

	/** TwiML we served for a call. */
	TWIML,

	/**
	 * What the consultant on a consultant-assisted call marked (with our receipt of each
	 * mark) and their review, as JSON.
	 */
	CALL_REVIEW

}
