package nl.schaduwklant.probes;

/**
 * How a probe ended.
 */
public enum ProbeOutcome {

	/** A human answered within the deadline. */
	RESPONDED,

	/** No human answer within the deadline: counted against the organisation. */
	NO_RESPONSE,

	/** We could not make the contact: never counted against the organisation. */
	FAILED

}
