package nl.schaduwklant.probes.phone;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A call's status callbacks in realistic sequences — in order, repeated, out of order —
 * give the same timeline by our clock: post-dial delay, ring time, how the call ended and
 * its duration, never a negative interval.
 */
class CallProgressTests {

	private static final Instant REQUESTED = Instant.parse("2026-12-02T09:00:00Z");

	@Test
	void shouldTimeACallThatConnectedFromTheCallbacksReceipts() {
		var progress = new CallProgress(REQUESTED);
		progress.record(callback("initiated", 0, 400, null));
		progress.record(callback("ringing", 1, 2100, null));
		progress.record(callback("in-progress", 2, 9300, null));
		progress.record(callback("completed", 3, 80_000, 71));

		assertThat(progress.postDialDelay()).contains(Duration.ofMillis(2100));
		assertThat(progress.ringTime()).contains(Duration.ofMillis(7200));
		assertThat(progress.connected()).contains(REQUESTED.plusMillis(9300));
		assertThat(progress.outcome()).contains(CallProgress.Outcome.CONNECTED);
		assertThat(progress.callDuration()).contains(Duration.ofSeconds(71));
	}

	@Test
	void shouldCountACallbackThatArrivesTwiceOnceAtItsFirstReceipt() {
		var progress = new CallProgress(REQUESTED);
		assertThat(progress.record(callback("ringing", 1, 2100, null))).isTrue();
		assertThat(progress.record(callback("ringing", 1, 5600, null))).as("a retried callback").isFalse();

		assertThat(progress.callbacks()).hasSize(1);
		assertThat(progress.ringing()).contains(REQUESTED.plusMillis(2100));
	}

	@Test
	void shouldDateACallbackThatArrivesLateNoLaterThanTheOneTwilioSentAfterIt() {
		var progress = new CallProgress(REQUESTED);
		progress.record(callback("initiated", 0, 400, null));
		progress.record(callback("in-progress", 2, 9300, null));
		progress.record(callback("ringing", 1, 12_000, null));

		assertThat(progress.callbacks()).extracting(StatusCallback::callStatus)
			.containsExactly("initiated", "ringing", "in-progress");
		assertThat(progress.ringing()).contains(REQUESTED.plusMillis(9300));
		assertThat(progress.ringTime()).contains(Duration.ZERO);
	}

	@Test
	void shouldTellABusyLineAndAnUnansweredOneFromAConnectedCall() {
		var busy = new CallProgress(REQUESTED);
		busy.record(callback("initiated", 0, 400, null));
		busy.record(callback("busy", 1, 1800, 0));
		assertThat(busy.outcome()).contains(CallProgress.Outcome.BUSY);
		assertThat(busy.ringTime()).isEmpty();

		var unanswered = new CallProgress(REQUESTED);
		unanswered.record(callback("initiated", 0, 400, null));
		unanswered.record(callback("ringing", 1, 2000, null));
		unanswered.record(callback("no-answer", 2, 62_000, 0));
		assertThat(unanswered.outcome()).contains(CallProgress.Outcome.NO_ANSWER);
		assertThat(unanswered.connected()).isEmpty();
		assertThat(unanswered.ended()).contains(REQUESTED.plusMillis(62_000));

		var running = new CallProgress(REQUESTED);
		running.record(callback("ringing", 1, 2000, null));
		assertThat(running.outcome()).as("not ended yet").isEmpty();
	}

	@Test
	void shouldRefuseACallbackWithoutWhatTwilioAlwaysSends() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StatusCallback.of(Map.of("CallStatus", "ringing", "SequenceNumber", "1"), REQUESTED))
			.withMessage("a Twilio status callback without CallSid");
	}

	private static StatusCallback callback(String status, int sequence, long receivedAfterMillis, Integer duration) {
		Map<String, String> parameters = new HashMap<>(Map.of("CallSid", "CA42", "CallStatus", status, "SequenceNumber",
				Integer.toString(sequence), "Timestamp", "Wed, 02 Dec 2026 09:00:02 +0000"));
		if (duration != null) {
			parameters.put("CallDuration", duration.toString());
		}
		return StatusCallback.of(parameters, REQUESTED.plusMillis(receivedAfterMillis));
	}

}
