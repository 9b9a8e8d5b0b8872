package nl.schaduwklant.probes.phone;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.schaduwklant.probes.CallMark;
import nl.schaduwklant.probes.CallReview;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a consultant on a consultant-assisted call tells us while it runs: the moment a
 * person answers (or that nobody will), and afterwards a short review. A mark counts at
 * its receipt on our clock; Twilio sends no key presses during a bridge, so this is the
 * way marks come in (the page at {@code /consultant-calls} has a button per mark).
 */
@RestController
@RequestMapping(ConsultantCallController.PATH)
class ConsultantCallController {

	static final String PATH = "/api/consultant-calls";

	private final LiveCalls calls;

	private final Clock clock;

	ConsultantCallController(LiveCalls calls, Clock clock) {
		this.calls = calls;
		this.clock = clock;
	}

	/**
	 * @return the consultant-assisted calls this node follows now
	 */
	@GetMapping
	List<ConsultantCallView> inProgress() {
		return this.calls.consultantAssisted().stream().map(ConsultantCallView::of).toList();
	}

	@PostMapping("/{probeId}/marks")
	@ResponseStatus(HttpStatus.CREATED)
	MarkReceived mark(@PathVariable UUID probeId, @Valid @RequestBody NewMark mark,
			jakarta.servlet.http.HttpServletRequest request) {
		Instant receivedAt = MarkArrival.of(request, this.clock);
		LiveCall call = find(probeId);
		LiveCall.MarkResult result = call.mark(mark.mark(), receivedAt);
		if (result != LiveCall.MarkResult.RECORDED) {
			throw new CallMarkRefused(probeId, mark.mark(), result);
		}
		return new MarkReceived(probeId, mark.mark(), receivedAt);
	}

	@PostMapping("/{probeId}/review")
	@ResponseStatus(HttpStatus.CREATED)
	CallReview review(@PathVariable UUID probeId, @Valid @RequestBody CallReview review,
			java.security.Principal reviewer) {
		CallReview received = review.receivedFrom(reviewer.getName(), this.clock.instant());
		if (!find(probeId).review(received)) {
			throw new CallAlreadyReviewed(probeId);
		}
		return received;
	}

	private LiveCall find(UUID probeId) {
		return this.calls.get(probeId)
			.filter(LiveCall::consultantAssisted)
			.orElseThrow(() -> new ConsultantCallNotFound(probeId));
	}

	/**
	 * @param mark what the consultant marks
	 */
	record NewMark(@NotNull CallMark mark) {
	}

	/**
	 * @param probeId the probe
	 * @param mark what was marked
	 * @param receivedAt when it reached us: the instant that counts
	 */
	record MarkReceived(UUID probeId, CallMark mark, Instant receivedAt) {
	}

	/**
	 * A consultant-assisted call in progress.
	 *
	 * @param probeId the probe
	 * @param organisation the organisation rung
	 * @param number its number
	 * @param consultant the consultant's number
	 * @param state where the call is
	 * @param marks what was marked, and when
	 * @param reviewed whether the review has come in
	 */
	record ConsultantCallView(UUID probeId, String organisation, String number, String consultant,
			LiveCall.ConsultantState state, Map<CallMark, Instant> marks, boolean reviewed) {

		static ConsultantCallView of(LiveCall call) {
			var contact = call.contact();
			return new ConsultantCallView(contact.probeId(), contact.target().name(),
					contact.target().endpoints().phone().number(), contact.consultantNumber(), call.consultantState(),
					call.marks(), call.review() != null);
		}

	}

}
