package nl.schaduwklant.probes.phone;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a call's status callbacks say happened and when, by our clock. Callbacks are put
 * in Twilio's order (their sequence numbers); one that arrives twice counts once (the
 * first receipt); one that arrives after a later one is dated no later than that later
 * one's receipt, since it happened before it. Pure: no clock, no I/O.
 */
final class CallProgress {

	/** How a call ended. */
	enum Outcome {

		/**
		 * Connected (SIP 200): usually a menu; whether a person answered is the audio's
		 * to tell.
		 */
		CONNECTED,

		BUSY,

		NO_ANSWER,

		/**
		 * Twilio could not place or connect it (our side; not counted against anyone).
		 */
		FAILED,

		/** Ended by us before it connected. */
		CANCELED

	}

	private Instant requestedAt;

	private final TreeMap<Integer, StatusCallback> callbacks = new TreeMap<>();

	/**
	 * @param requestedAt when we asked Twilio for the call
	 */
	CallProgress(Instant requestedAt) {
		this.requestedAt = requestedAt;
	}

	/**
	 * @param callback a callback about this call
	 * @return whether it was new (not a repeat of one already recorded)
	 */
	/**
	 * @param at when we asked Twilio to place the call (callbacks may arrive before the
	 * answer to that request)
	 */
	Instant requestedAt() {
		return this.requestedAt;
	}

	void requested(Instant at) {
		this.requestedAt = at;
	}

	/**
	 * @return a copy that later callbacks do not change
	 */
	CallProgress copy() {
		CallProgress copy = new CallProgress(this.requestedAt);
		this.callbacks.values().forEach(copy::record);
		return copy;
	}

	boolean record(StatusCallback callback) {
		return this.callbacks.putIfAbsent(callback.sequenceNumber(), callback) == null;
	}

	/**
	 * @return the callbacks recorded, in Twilio's order
	 */
	Collection<StatusCallback> callbacks() {
		return Collections.unmodifiableCollection(this.callbacks.values());
	}

	/**
	 * @return when Twilio reported starting the call (on a consultant's bridge: the
	 * organisation's leg being dialled)
	 */
	Optional<Instant> initiated() {
		return at(List.of("initiated"));
	}

	Optional<Instant> ringing() {
		return at(List.of("ringing"));
	}

	/**
	 * @return when the call connected (Twilio's {@code in-progress}, the "answered"
	 * event): the start of waiting for a person
	 */
	Optional<Instant> connected() {
		return at(List.of("in-progress"));
	}

	Optional<Instant> ended() {
		return at(List.of("completed", "busy", "no-answer", "failed", "canceled"));
	}

	/**
	 * @return how the call ended, once it has
	 */
	Optional<Outcome> outcome() {
		Optional<StatusCallback> last = this.callbacks.values()
			.stream()
			.filter((callback) -> isFinal(callback.callStatus()))
			.findFirst();
		return last.map((callback) -> switch (callback.callStatus()) {
			case "busy" -> Outcome.BUSY;
			case "no-answer" -> Outcome.NO_ANSWER;
			case "failed" -> Outcome.FAILED;
			case "canceled" -> Outcome.CANCELED;
			default -> connected().isPresent() || (callback.callDuration() != null && callback.callDuration() > 0)
					? Outcome.CONNECTED : Outcome.NO_ANSWER;
		});
	}

	/**
	 * @return from our request to the first ring (post-dial delay)
	 */
	Optional<Duration> postDialDelay() {
		return ringing().filter((ringing) -> this.requestedAt != null)
			.map((ringing) -> Duration.between(this.requestedAt, ringing));
	}

	/**
	 * @return from the first ring to the connect (time to answer)
	 */
	Optional<Duration> ringTime() {
		return ringing().flatMap((ringing) -> connected().map((connected) -> Duration.between(ringing, connected)));
	}

	/**
	 * @return the call's duration as Twilio reports it in its final callback
	 */
	Optional<Duration> callDuration() {
		return this.callbacks.values()
			.stream()
			.filter((callback) -> callback.callDuration() != null)
			.reduce((first, second) -> second)
			.map((callback) -> Duration.ofSeconds(callback.callDuration()));
	}

	/**
	 * @return when the first callback with one of the statuses reached us, but no later
	 * than any callback Twilio sent after it
	 */
	private Optional<Instant> at(List<String> statuses) {
		for (var entry : this.callbacks.entrySet()) {
			if (statuses.contains(entry.getValue().callStatus())) {
				Instant at = entry.getValue().receivedAt();
				for (StatusCallback later : this.callbacks.tailMap(entry.getKey(), false).values()) {
					if (later.receivedAt().isBefore(at)) {
						at = later.receivedAt();
					}
				}
				return Optional.of(at);
			}
		}
		return Optional.empty();
	}

	private static boolean isFinal(String status) {
		return List.of("completed", "busy", "no-answer", "failed", "canceled").contains(status);
	}

}
