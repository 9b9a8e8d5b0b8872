package nl.schaduwklant.probes;

/**
 * Where a probe is in its life: {@code DUE → SENDING → AWAITING_RESPONSE → (RESPONDED |
 * NO_RESPONSE | FAILED) → SCORED}, with {@code NEEDS_REVIEW} for a probe that may or may
 * not have reached the organisation and is therefore never repeated automatically.
 */
public enum ProbeState {

	/** Due to be contacted; nobody has been contacted yet. */
	DUE,

	/** Written before the contact is made; the contact may be in progress. */
	SENDING,

	/** Contact made; waiting (in the database) for a reply or the deadline. */
	AWAITING_RESPONSE,

	/** A human answered. */
	RESPONDED,

	/** The deadline passed without a human answer; counted against the organisation. */
	NO_RESPONSE,

	/** We failed to make the contact; never counted against the organisation. */
	FAILED,

	/**
	 * Found in SENDING after a restart and not provably sent: a consultant decides, the
	 * probe is never sent again automatically.
	 */
	NEEDS_REVIEW,

	/** Scored: its measurement exists. */
	SCORED;

	public boolean isTerminal() {
		return this == SCORED || this == FAILED || this == NEEDS_REVIEW;
	}

}
