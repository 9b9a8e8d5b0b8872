package nl.schaduwklant.sandbox.phone;

/**
 * The emulated Twilio account and how the emulator behaves.
 *
 * @param accountSid the account ({@code AC…})
 * @param authToken its auth token, which signs the webhooks
 * @param seed the seed of the lines' noise
 * @param streamSpeed how much faster than real time calls run (1: real time; tests may
 * run faster, since the detector reads the media timestamps, not the wall clock)
 * @param repeatCallbacks whether every status callback is delivered twice (as Twilio may)
 * @param consultantNumber the number of the sandbox's consultant, who answers at once,
 * marks through the platform's API when a person answers (or that nobody will), talks a
 * moment, hangs up and posts a review
 * @param consultantReactionSeconds how long the consultant takes to press a mark after
 * hearing it, in the call's time
 * @param consultantUsername the platform account the consultant marks and reviews with
 * @param consultantPassword its password (HTTP Basic)
 */
public record EmulatorSettings(String accountSid, String authToken, long seed, double streamSpeed,
		boolean repeatCallbacks, String consultantNumber, double consultantReactionSeconds, String consultantUsername,
		String consultantPassword) {

	/** The sandbox consultant's account on the platform. */
	public static final String CONSULTANT_USERNAME = "sandbox-consultant";

	/** The sandbox consultant's number. */
	public static final String CONSULTANT = "+31850001111";

	public EmulatorSettings {
		streamSpeed = (streamSpeed > 0) ? streamSpeed : 1;
		consultantNumber = (consultantNumber != null) ? consultantNumber : CONSULTANT;
		consultantReactionSeconds = (consultantReactionSeconds > 0) ? consultantReactionSeconds : 0.4;
		consultantUsername = (consultantUsername != null) ? consultantUsername : CONSULTANT_USERNAME;
	}

	public EmulatorSettings(String accountSid, String authToken, long seed, double streamSpeed,
			boolean repeatCallbacks) {
		this(accountSid, authToken, seed, streamSpeed, repeatCallbacks, null, 0, null, null);
	}

	@Override
	public String toString() {
		return "EmulatorSettings[accountSid=" + this.accountSid + ", seed=" + this.seed + ", streamSpeed="
				+ this.streamSpeed + "]";
	}

}
