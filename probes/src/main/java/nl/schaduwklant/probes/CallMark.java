package nl.schaduwklant.probes;

/**
 * What a consultant on a consultant-assisted call marks, the moment it happens.
 */
public enum CallMark {

	/** A person of the organisation answered. */
	PERSON,

	/**
	 * The organisation's line played a closed-hours message or hung up without a person:
	 * nobody will answer.
	 */
	CLOSED

}
