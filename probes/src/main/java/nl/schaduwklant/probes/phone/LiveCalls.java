package nl.schaduwklant.probes.phone;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import nl.schaduwklant.probes.ProbeContact;

/**
 * The calls this node follows now, by probe: at most as many as it has capacity for,
 * since each is one contact worker of the phone channel.
 */
class LiveCalls {

	private final Map<UUID, LiveCall> byProbe = new ConcurrentHashMap<>();

	LiveCall open(ProbeContact contact, Duration maxWait, Duration longestAudio) {
		LiveCall call = new LiveCall(contact, maxWait, longestAudio);
		if (this.byProbe.putIfAbsent(contact.probeId(), call) != null) {
			throw new IllegalStateException("Probe " + contact.probeId() + " already has a call on this node");
		}
		return call;
	}

	Optional<LiveCall> get(UUID probeId) {
		return Optional.ofNullable(this.byProbe.get(probeId));
	}

	void close(UUID probeId) {
		this.byProbe.remove(probeId);
	}

	/**
	 * @return the consultant-assisted calls this node follows now
	 */
	java.util.List<LiveCall> consultantAssisted() {
		return this.byProbe.values().stream().filter(LiveCall::consultantAssisted).toList();
	}

	int size() {
		return this.byProbe.size();
	}

}
