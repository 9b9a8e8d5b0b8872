package nl.schaduwklant.probes;

/**
 * What a piece of evidence is.
 */
public enum EvidenceKind {

	/** The raw MIME of a mystery e-mail as we submitted it. */
	SENT_MESSAGE,

	/** The raw MIME of a message found in the mystery mailbox. */
	RECEIVED_MESSAGE

}
