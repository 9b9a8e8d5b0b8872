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
 */
public record EmulatorSettings(String accountSid, String authToken, long seed, double streamSpeed,
		boolean repeatCallbacks) {

	public EmulatorSettings {
		streamSpeed = (streamSpeed > 0) ? streamSpeed : 1;
	}

}
