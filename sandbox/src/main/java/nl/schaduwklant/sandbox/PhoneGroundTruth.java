package nl.schaduwklant.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ground truth of every call the Twilio emulator handled, by call SID, kept when the
 * call ends.
 */
public class PhoneGroundTruth {

	private final Map<String, PhoneTruth> calls = new ConcurrentHashMap<>();

	public void record(PhoneTruth truth) {
		this.calls.put(truth.callSid(), truth);
	}

	public Optional<PhoneTruth> forCall(String callSid) {
		return Optional.ofNullable(this.calls.get(callSid));
	}

	public List<PhoneTruth> all() {
		return List.copyOf(this.calls.values());
	}

}
