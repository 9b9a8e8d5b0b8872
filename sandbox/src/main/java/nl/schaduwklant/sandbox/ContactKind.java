package nl.schaduwklant.sandbox;

/**
 * How a mystery customer reached a simulated organisation; each kind is kept in its own
 * file of JSON lines when the sandbox keeps its ground truth on disk.
 */
public enum ContactKind {

	/** A mystery e-mail delivered to the organisation's address. */
	EMAIL("mail.jsonl"),

	/** A question asked in the organisation's chat. */
	CHAT("chat.jsonl"),

	/** A contact form submitted (and accepted) on the organisation's website. */
	CONTACT_FORM("form.jsonl"),

	/** A call placed to the organisation's number. */
	CALL("call.jsonl");

	private final String fileName;

	ContactKind(String fileName) {
		this.fileName = fileName;
	}

	/**
	 * @return the name of the file, in the sandbox's data directory, its contacts are
	 * appended to
	 */
	public String fileName() {
		return this.fileName;
	}

}
