package nl.schaduwklant.sandbox;

/**
 * How a simulated organisation's telephone line behaves, with the clips its audio is made
 * of (see {@link SimulatedCallAudio}). After the connect: the menu, read out again and
 * again until the caller presses {@code menuDigits}; then the hold music for
 * {@code holdSeconds}, with the announcement between stretches of music; then the agent's
 * greeting. A line with a closed message plays it and hangs up.
 *
 * @param line whether and how the line answers
 * @param ringSeconds how long it rings before it is answered
 * @param menu the menu's clip ({@code ivr-…}), or {@code null} for none
 * @param menuDigits the keys that lead from the menu to the queue
 * @param music the hold music's clip ({@code music-…}), or {@code null} for none
 * @param holdSeconds how long the caller holds before the agent answers
 * @param announcement the clip repeated in the queue ({@code queue-…}), or {@code null}
 * @param agent the agent's greeting ({@code greeting-…}), or {@code null} when no agent
 * ever answers
 * @param closedMessage the closed-hours message ({@code closed-…}) played instead of all
 * this, or {@code null}
 * @param agentGainDb how much softer (negative) or louder the agent speaks
 * @param noiseDb the noise on the line in dB relative to full scale, or {@code null} for
 * a clean line
 * @param callbackSeconds when the agent promises to call back: how long after the call
 * the organisation calls the caller's number (its agent says its greeting and hangs up);
 * {@code null} for an organisation that makes no promise
 */
public record PhoneBehaviour(Line line, double ringSeconds, String menu, String menuDigits, String music,
		double holdSeconds, String announcement, String agent, String closedMessage, double agentGainDb, Double noiseDb,
		Double callbackSeconds) {

	public PhoneBehaviour(Line line, double ringSeconds, String menu, String menuDigits, String music,
			double holdSeconds, String announcement, String agent, String closedMessage, double agentGainDb,
			Double noiseDb) {
		this(line, ringSeconds, menu, menuDigits, music, holdSeconds, announcement, agent, closedMessage, agentGainDb,
				noiseDb, null);
	}

	/**
	 * @return how the organisation sounds when it calls back: its agent at once
	 */
	public PhoneBehaviour callingBack() {
		return new PhoneBehaviour(Line.ANSWERS, 0.5, null, null, null, 0, null, this.agent, null, this.agentGainDb,
				this.noiseDb, null);
	}

	/**
	 * Whether and how the line answers.
	 */
	public enum Line {

		/** The call connects. */
		ANSWERS,

		/** The line is busy. */
		BUSY,

		/** It rings until the caller gives up. */
		NO_ANSWER,

		/** The number does not work. */
		NOT_CONNECTED

	}

	/**
	 * @return whether a person will answer (given the right keys and enough patience)
	 */
	public boolean hasAgent() {
		return this.line == Line.ANSWERS && this.closedMessage == null && this.agent != null;
	}

}
