package nl.schaduwklant.probes;

/**
 * How a mystery call ended, as the organisation's caller would tell it.
 */
public enum CallOutcome {

	/** A person answered. */
	REACHED,

	/**
	 * The call connected but no person spoke before it ended: a closed-hours message, or
	 * the organisation's system hung up.
	 */
	NO_AGENT,

	/** We hung up after the maximum wait without a person having answered. */
	ABANDONED,

	/** The line was busy. */
	BUSY,

	/** It rang until the ring time-out without being answered. */
	NO_ANSWER,

	/**
	 * The network could not connect the call (the number does not work): technically
	 * unreachable.
	 */
	NOT_CONNECTED;

	/**
	 * @return whether the call connected (SIP 200), which technical reachability counts
	 */
	public boolean connected() {
		return this == REACHED || this == NO_AGENT || this == ABANDONED;
	}

}
