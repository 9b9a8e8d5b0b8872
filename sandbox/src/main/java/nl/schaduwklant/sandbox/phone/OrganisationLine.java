package nl.schaduwklant.sandbox.phone;

import java.util.Arrays;

import nl.schaduwklant.sandbox.PhoneBehaviour;
import nl.schaduwklant.sandbox.SimulatedCallAudio;

/**
 * The audio a simulated organisation sends down a connected call, 20 ms at a time: its
 * menu, read out again until the caller presses the right keys, its queue (hold music
 * with an announcement between stretches), then its agent's greeting and the agent
 * waiting; or its closed-hours message, after which it hangs up. It knows at which second
 * of its audio the agent started speaking: the ground truth. Thread-safe.
 */
final class OrganisationLine {

	static final int FRAME_BYTES = 160;

	private static final double MENU_PAUSE = 1.5;

	private static final double MUSIC_STRETCH = 12;

	private final PhoneBehaviour behaviour;

	private final long seed;

	private byte[] current;

	private int position;

	private long sent;

	private Phase phase;

	private Double liveAgentAt;

	private boolean hungUp;

	/** Whether the organisation hangs up once its agent has spoken (calling back). */
	private final boolean leavesMessage;

	OrganisationLine(PhoneBehaviour behaviour, long seed) {
		this(behaviour, seed, false);
	}

	OrganisationLine(PhoneBehaviour behaviour, long seed, boolean leavesMessage) {
		this.leavesMessage = leavesMessage;
		this.behaviour = behaviour;
		this.seed = seed;
		if (behaviour.closedMessage() != null) {
			start(Phase.CLOSED);
		}
		else if (behaviour.menu() != null) {
			start(Phase.MENU);
		}
		else {
			start(Phase.HOLD);
		}
	}

	/**
	 * @return the next 20 ms of audio, μ-law
	 */
	synchronized byte[] next() {
		if (this.position + FRAME_BYTES > this.current.length) {
			advance();
		}
		byte[] frame = Arrays.copyOfRange(this.current, this.position, this.position + FRAME_BYTES);
		this.position += FRAME_BYTES;
		this.sent += FRAME_BYTES;
		return frame;
	}

	/**
	 * @param digits keys the caller pressed
	 */
	synchronized void pressed(String digits) {
		if (this.phase == Phase.MENU && digits.replace("w", "").equals(this.behaviour.menuDigits())) {
			start(Phase.HOLD);
		}
	}

	/**
	 * @return whether the organisation hung up (after its closed-hours message)
	 */
	synchronized boolean hungUp() {
		return this.hungUp;
	}

	/**
	 * @return the second of the audio sent at which the agent started speaking
	 */
	synchronized Double liveAgentAt() {
		return this.liveAgentAt;
	}

	/**
	 * @return seconds of audio sent so far
	 */
	synchronized double seconds() {
		return this.sent / 8000.0;
	}

	private void advance() {
		switch (this.phase) {
			case MENU -> start(Phase.MENU);
			case HOLD -> start((this.behaviour.agent() != null && holdLeft() <= 0) ? Phase.AGENT : Phase.HOLD);
			case AGENT -> {
				this.hungUp = this.leavesMessage;
				start(Phase.WAITING);
			}
			case WAITING -> start(Phase.WAITING);
			case CLOSED -> {
				this.hungUp = true;
				start(Phase.WAITING);
			}
		}
	}

	private double holdHeard;

	private double holdLeft() {
		return this.behaviour.holdSeconds() - this.holdHeard;
	}

	private void start(Phase next) {
		SimulatedCallAudio.Builder audio = SimulatedCallAudio.builder(this.seed + this.sent);
		if (this.behaviour.noiseDb() != null) {
			audio.noise(this.behaviour.noiseDb());
		}
		switch (next) {
			case MENU -> audio.recording(this.behaviour.menu(), 0).silence(MENU_PAUSE);
			case HOLD -> {
				double stretch = (this.behaviour.agent() != null) ? Math.min(MUSIC_STRETCH, Math.max(0.2, holdLeft()))
						: MUSIC_STRETCH;
				if (this.behaviour.music() != null) {
					audio.music(this.behaviour.music(), stretch, 0);
				}
				else {
					audio.silence(stretch);
				}
				this.holdHeard += stretch;
				if (this.behaviour.announcement() != null && (this.behaviour.agent() == null || holdLeft() > 1)) {
					audio.recording(this.behaviour.announcement(), 0);
				}
			}
			case AGENT -> audio.person(this.behaviour.agent(), this.behaviour.agentGainDb()).silence(1);
			case WAITING -> audio.silence(2);
			case CLOSED -> audio.recording(this.behaviour.closedMessage(), 0).silence(0.3);
		}
		SimulatedCallAudio built = audio.build();
		if (next == Phase.AGENT) {
			this.liveAgentAt = this.sent / 8000.0 + built.liveAgentAt();
		}
		this.current = built.muLaw();
		this.position = 0;
		this.phase = next;
	}

	private enum Phase {

		MENU, HOLD, AGENT, WAITING, CLOSED

	}

}
