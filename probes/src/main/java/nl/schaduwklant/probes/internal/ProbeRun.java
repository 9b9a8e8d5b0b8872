package nl.schaduwklant.probes.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.Conversation;
import nl.schaduwklant.probes.MatchBasis;
import nl.schaduwklant.probes.PhoneCall;
import nl.schaduwklant.probes.Observation;
import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.probes.TimelineEvent;
import nl.schaduwklant.probes.TimelineEventType;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.ProbeDue;
import org.hibernate.annotations.BatchSize;

/**
 * One probe: one contact attempt with one organisation, its lifecycle and its timeline.
 * Every transition appends to the timeline; instants always say which clock gave them.
 */
@Entity
@Table(name = "probe_run")
public class ProbeRun {

	@Id
	private UUID id;

	@Column(name = "slot_id")
	private UUID slotId;

	@Column(name = "campaign_id")
	private UUID campaignId;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Column(name = "organisation_id")
	private UUID organisationId;

	@Column(name = "organisation_name")
	private String organisationName;

	private String sector;

	@Column(name = "target_address")
	private String targetAddress;

	@Column(name = "target_domain")
	private String targetDomain;

	@Column(name = "scenario_id")
	private UUID scenarioId;

	@Column(name = "scenario_title")
	private String scenarioTitle;

	@Column(name = "subject_key")
	private String subjectKey;

	private String plan;

	@Column(name = "reply_deadline_seconds")
	private long replyDeadlineSeconds;

	@Column(name = "resolution_threshold")
	private double resolutionThreshold;

	private String token;

	@Enumerated(EnumType.STRING)
	private ProbeState state;

	@Enumerated(EnumType.STRING)
	private ProbeOutcome outcome;

	private int attempts;

	private String problem;

	@Column(name = "retry_at")
	private Instant retryAt;

	@Column(name = "claimed_by")
	private String claimedBy;

	@Column(name = "due_at")
	private Instant dueAt;

	@Column(name = "irreversible_step_at")
	private Instant irreversibleStepAt;

	@Column(name = "irreversible_step")
	private String irreversibleStep;

	@Column(name = "contacted_at")
	private Instant contactedAt;

	@Column(name = "contacted_at_clock")
	private String contactedAtClock;

	@Column(name = "deadline_at")
	private Instant deadlineAt;

	@Column(name = "auto_acknowledged_at")
	private Instant autoAcknowledgedAt;

	@Column(name = "first_human_reply_at")
	private Instant firstHumanReplyAt;

	@Column(name = "reply_clock")
	private String replyClock;

	@Column(name = "answer_text")
	private String answerText;

	@Column(name = "answer_signature")
	private String answerSignature;

	@Column(name = "answer_match_basis")
	@Enumerated(EnumType.STRING)
	private MatchBasis answerMatchBasis;

	@Column(name = "address_bounced_at")
	private Instant addressBouncedAt;

	@Column(name = "answer_evidence_id")
	private UUID answerEvidenceId;

	private String conversation;

	@Column(name = "phone_call")
	private String phoneCall;

	@Column(name = "event_count")
	private int eventCount;

	@Version
	private long version;

	@OneToMany(mappedBy = "probe", cascade = CascadeType.ALL)
	@OrderBy("sequenceNo")
	@BatchSize(size = 200)
	private List<ProbeEvent> events = new ArrayList<>();

	protected ProbeRun() {
	}

	ProbeRun(ProbeDue due, String plan, String token, String subjectKey, Instant now) {
		this.id = UUID.randomUUID();
		this.slotId = due.slotId();
		this.campaignId = due.campaignId();
		this.channel = due.channel();
		this.organisationId = due.target().organisationId();
		this.organisationName = due.target().name();
		this.sector = due.target().sector();
		this.targetAddress = normaliseAddress(due.target().endpoints().email());
		this.targetDomain = domainOf(this.targetAddress);
		this.scenarioId = due.scenario().scenarioId();
		this.scenarioTitle = due.scenario().title();
		this.subjectKey = subjectKey;
		this.plan = plan;
		this.replyDeadlineSeconds = due.replyDeadline().toSeconds();
		this.resolutionThreshold = due.resolutionThreshold();
		this.token = token;
		this.state = ProbeState.DUE;
		this.dueAt = (due.dueAt() != null) ? due.dueAt() : now;
		record(TimelineEventType.DUE, this.dueAt, Clocks.PROBE_CLOCK, "slot " + due.slotId());
	}

	private static String abbreviate(String text, int max) {
		return (text != null && text.length() > max) ? text.substring(0, max - 3) + "..." : text;
	}

	static String normaliseAddress(String address) {
		return (address != null) ? address.strip().toLowerCase(Locale.ROOT) : null;
	}

	static String domainOf(String address) {
		return (address != null && address.contains("@")) ? address.substring(address.lastIndexOf('@') + 1) : null;
	}

	void markSending(Instant now, String node) {
		requireState(ProbeState.DUE);
		if (this.irreversibleStepAt != null) {
			throw new IllegalStateException("Probe " + this.id + " may already have contacted the organisation ("
					+ this.irreversibleStep + " at " + this.irreversibleStepAt + "); it is never tried again");
		}
		this.state = ProbeState.SENDING;
		this.attempts++;
		this.claimedBy = node;
		this.problem = null;
		record(TimelineEventType.SENDING, now, Clocks.PROBE_CLOCK, "attempt " + this.attempts + " by " + node);
	}

	/**
	 * Marks the contact's irreversible step as about to happen: from now on the
	 * organisation may have been contacted and the probe is never tried again.
	 * @param now when the mark is made
	 * @param attempt the attempt that marks it
	 * @param node the node that makes the attempt
	 * @param what the step, e.g. {@code sending the question}
	 * @throws IllegalStateException when the probe is no longer in that attempt of that
	 * node (it was released or claimed again meanwhile): the step must not be attempted
	 */
	void markIrreversibleStep(Instant now, int attempt, String node, String what) {
		requireState(ProbeState.SENDING);
		requireAttempt(attempt, node);
		if (this.irreversibleStepAt != null) {
			return;
		}
		this.irreversibleStepAt = now;
		this.irreversibleStep = abbreviate(what, 500);
		record(TimelineEventType.IRREVERSIBLE_STEP, now, Clocks.PROBE_CLOCK,
				"about to attempt: " + this.irreversibleStep + "; from here on never tried again");
	}

	/**
	 * @return whether the organisation may have been contacted: the irreversible step of
	 * the current attempt was marked
	 */
	boolean mayHaveContacted() {
		return this.irreversibleStepAt != null;
	}

	/**
	 * A probe found in SENDING whose irreversible step was never marked: the contact was
	 * interrupted before it could reach the organisation, so it is simply due again.
	 * @param now when this was found
	 */
	void releaseUnattempted(Instant now) {
		requireState(ProbeState.SENDING);
		if (this.irreversibleStepAt != null) {
			throw new IllegalStateException("Probe " + this.id + " may have contacted the organisation");
		}
		this.state = ProbeState.DUE;
		this.dueAt = now;
		record(TimelineEventType.DUE, now, Clocks.PROBE_CLOCK,
				"attempt " + this.attempts + " was interrupted before it could contact the organisation; due again");
	}

	/**
	 * @param contacted the contact that was made
	 * @param reconciled whether it was found after a restart rather than seen being made
	 * @return whether this made the probe RESPONDED (a reply had already been seen)
	 */
	boolean recordContacted(ContactResult.Contacted contacted, boolean reconciled) {
		if (this.state != ProbeState.SENDING && this.state != ProbeState.NEEDS_REVIEW) {
			throw new IllegalStateException("Probe " + this.id + " cannot be contacted in state " + this.state);
		}
		this.contactedAt = contacted.contactedAt();
		this.contactedAtClock = contacted.clock();
		this.deadlineAt = this.contactedAt.plus(Duration.ofSeconds(this.replyDeadlineSeconds));
		this.state = ProbeState.AWAITING_RESPONSE;
		this.problem = null;
		record(reconciled ? TimelineEventType.SENT_RECONCILED : TimelineEventType.SENT, contacted.contactedAt(),
				contacted.clock(), contacted.detail(), contacted.evidenceId());
		if (this.firstHumanReplyAt != null && !this.firstHumanReplyAt.isAfter(this.deadlineAt)) {
			respond();
			return true;
		}
		return false;
	}

	/**
	 * Records a live conversation that is over.
	 * @param completed what the conversation observed
	 * @param conversationJson the conversation, as JSON
	 * @param callJson the call, as JSON
	 * @return whether a human answered (the probe is RESPONDED; otherwise NO_RESPONSE)
	 * and the probe was observed: a call whose live-agent verdict is doubtful waits for a
	 * consultant's review instead
	 */
	boolean recordCompleted(ContactResult.Completed completed, String conversationJson, String callJson) {
		requireState(ProbeState.SENDING);
		completed.timeline().forEach(this::record);
		this.contactedAt = completed.contactedAt();
		this.contactedAtClock = completed.clock();
		this.deadlineAt = this.contactedAt.plus(Duration.ofSeconds(this.replyDeadlineSeconds));
		this.conversation = conversationJson;
		this.phoneCall = callJson;
		this.answerEvidenceId = completed.evidenceId();
		this.problem = null;
		if (completed.call() != null && completed.call().doubtful()) {
			this.firstHumanReplyAt = completed.firstHumanReplyAt();
			this.replyClock = completed.clock();
			this.state = ProbeState.NEEDS_REVIEW;
			this.problem = String.format(java.util.Locale.ROOT,
					"the live-agent verdict on call %s is doubtful (confidence %.2f): a consultant decides from"
							+ " its audio",
					completed.call().callSid(), completed.call().confidence());
			record(TimelineEventType.FLAGGED_FOR_REVIEW, completed.call().endedAt(), Clocks.PROBE_CLOCK, this.problem);
			return false;
		}
		// a call waits for a person for its own maximum wait, counted from the connect:
		// one found in its audio was within it
		boolean inTime = completed.firstHumanReplyAt() != null
				&& (completed.call() != null || !completed.firstHumanReplyAt().isAfter(this.deadlineAt));
		if (inTime) {
			this.firstHumanReplyAt = completed.firstHumanReplyAt();
			this.replyClock = completed.clock();
			this.answerText = completed.answerText();
			this.answerSignature = "";
			respond();
			return true;
		}
		this.state = ProbeState.NO_RESPONSE;
		this.outcome = ProbeOutcome.NO_RESPONSE;
		return false;
	}

	void recordFailed(Instant now, String reason, Instant retryAt) {
		requireState(ProbeState.SENDING);
		if (this.irreversibleStepAt != null && retryAt != null) {
			throw new IllegalStateException("Probe " + this.id + " may have contacted the organisation ("
					+ this.irreversibleStep + "); it is never retried");
		}
		this.state = ProbeState.FAILED;
		this.outcome = ProbeOutcome.FAILED;
		this.problem = abbreviate(reason, 2000);
		this.retryAt = retryAt;
		record(TimelineEventType.SEND_FAILED, now, Clocks.PROBE_CLOCK, reason);
		if (retryAt != null) {
			record(TimelineEventType.RETRY_SCHEDULED, now, Clocks.PROBE_CLOCK, "retry at " + retryAt);
		}
	}

	void recordUncertain(Instant now, String reason) {
		requireState(ProbeState.SENDING);
		this.state = ProbeState.NEEDS_REVIEW;
		this.problem = abbreviate(reason, 2000);
		record(TimelineEventType.FLAGGED_FOR_REVIEW, now, Clocks.PROBE_CLOCK, reason);
	}

	void retry(Instant now) {
		requireState(ProbeState.FAILED);
		this.state = ProbeState.DUE;
		this.outcome = null;
		this.retryAt = null;
		this.dueAt = now;
		record(TimelineEventType.DUE, now, Clocks.PROBE_CLOCK, "retry after: " + this.problem);
	}

	/**
	 * Records a reply found in the mailbox.
	 * @param reply the reply
	 * @return whether this made the probe RESPONDED
	 */
	boolean recordReply(Reply reply) {
		if (reply.bounce()) {
			// the address does not work: a finding, never an answer nor an
			// acknowledgement;
			// one after the probe closed is kept on its timeline only, as its measurement
			// is already taken
			boolean open = this.state == ProbeState.AWAITING_RESPONSE || this.state == ProbeState.SENDING
					|| this.state == ProbeState.RESPONDED || this.state == ProbeState.NEEDS_REVIEW;
			boolean inTime = open && (this.deadlineAt == null || !reply.receivedAt().isAfter(this.deadlineAt));
			if (inTime && this.addressBouncedAt == null) {
				this.addressBouncedAt = reply.receivedAt();
			}
			record(TimelineEventType.ADDRESS_BOUNCED, reply.receivedAt(), reply.clock(),
					inTime ? reply.describe() : reply.describe() + "; after the probe closed: not in its measurement",
					reply.evidenceId());
			return false;
		}
		boolean late = this.deadlineAt != null && reply.receivedAt().isAfter(this.deadlineAt);
		boolean open = this.state == ProbeState.AWAITING_RESPONSE || this.state == ProbeState.SENDING;
		if (!open || late) {
			TimelineEventType type = (late || this.state == ProbeState.NO_RESPONSE)
					? TimelineEventType.LATE_REPLY_RECEIVED : TimelineEventType.FURTHER_REPLY_RECEIVED;
			record(type, reply.receivedAt(), reply.clock(), reply.describe(), reply.evidenceId());
			return false;
		}
		if (reply.automatic()) {
			if (this.autoAcknowledgedAt == null) {
				this.autoAcknowledgedAt = reply.receivedAt();
				this.replyClock = reply.clock();
				record(TimelineEventType.AUTO_REPLY_RECEIVED, reply.receivedAt(), reply.clock(), reply.describe(),
						reply.evidenceId());
			}
			else {
				record(TimelineEventType.FURTHER_REPLY_RECEIVED, reply.receivedAt(), reply.clock(), reply.describe(),
						reply.evidenceId());
			}
			return false;
		}
		if (this.firstHumanReplyAt != null) {
			record(TimelineEventType.FURTHER_REPLY_RECEIVED, reply.receivedAt(), reply.clock(), reply.describe(),
					reply.evidenceId());
			return false;
		}
		this.firstHumanReplyAt = reply.receivedAt();
		this.replyClock = reply.clock();
		this.answerText = reply.text();
		this.answerSignature = reply.signature();
		this.answerMatchBasis = reply.basis();
		this.answerEvidenceId = reply.evidenceId();
		record(TimelineEventType.HUMAN_REPLY_RECEIVED, reply.receivedAt(), reply.clock(), reply.describe(),
				reply.evidenceId());
		if (this.state == ProbeState.AWAITING_RESPONSE) {
			respond();
			return true;
		}
		return false;
	}

	private void respond() {
		this.state = ProbeState.RESPONDED;
		this.outcome = ProbeOutcome.RESPONDED;
	}

	void closeAsNoResponse(Instant now) {
		requireState(ProbeState.AWAITING_RESPONSE);
		this.state = ProbeState.NO_RESPONSE;
		this.outcome = ProbeOutcome.NO_RESPONSE;
		record(TimelineEventType.DEADLINE_PASSED, this.deadlineAt, Clocks.PROBE_CLOCK,
				"no human answer by the deadline; closed at " + now);
	}

	void markScored(Instant now) {
		if (this.state == ProbeState.SCORED) {
			return;
		}
		if (this.state != ProbeState.RESPONDED && this.state != ProbeState.NO_RESPONSE) {
			throw new IllegalStateException("Probe " + this.id + " cannot be scored in state " + this.state);
		}
		this.state = ProbeState.SCORED;
		record(TimelineEventType.SCORED, now, Clocks.PROBE_CLOCK, null);
	}

	/**
	 * @param attempt an attempt
	 * @param node a node
	 * @return whether the probe is in SENDING for that attempt by that node
	 */
	boolean isSendingFor(int attempt, String node) {
		return this.state == ProbeState.SENDING && this.attempts == attempt && node.equals(this.claimedBy);
	}

	private void requireAttempt(int attempt, String node) {
		if (this.attempts != attempt || !node.equals(this.claimedBy)) {
			throw new IllegalStateException("Probe " + this.id + " is in attempt " + this.attempts + " by "
					+ this.claimedBy + ", not attempt " + attempt + " by " + node);
		}
	}

	private void requireState(ProbeState expected) {
		if (this.state != expected) {
			throw new IllegalStateException(
					"Probe " + this.id + " is " + this.state + ", expected " + expected + " for this transition");
		}
	}

	private void record(TimelineEventType type, Instant at, String clock, String detail) {
		record(type, at, clock, detail, null);
	}

	private void record(TimelineEventType type, Instant at, String clock, String detail, UUID evidenceId) {
		record(new TimelineEvent(type, at, clock, detail, evidenceId));
	}

	private void record(TimelineEvent event) {
		this.events.add(new ProbeEvent(this, ++this.eventCount, event));
	}

	/**
	 * @return what happened, attempt by attempt: each attempt starts with its SENDING,
	 * and within it events are in the order they happened (a channel reports what it
	 * observed when the contact is over, after the core's own mark made meanwhile);
	 * events at the same instant keep the order they were recorded in
	 */
	List<TimelineEvent> timeline() {
		List<TimelineEvent> ordered = new ArrayList<>();
		List<TimelineEvent> attempt = new ArrayList<>();
		for (ProbeEvent recorded : this.events) {
			TimelineEvent event = recorded.toEvent();
			if (event.type() == TimelineEventType.SENDING) {
				ordered.addAll(chronological(attempt));
				attempt.clear();
				ordered.add(event);
			}
			else {
				attempt.add(event);
			}
		}
		ordered.addAll(chronological(attempt));
		return ordered;
	}

	private static List<TimelineEvent> chronological(List<TimelineEvent> events) {
		return events.stream()
			.sorted(Comparator.comparing(TimelineEvent::at, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	Observation toObservation(Conversation conversation, PhoneCall call) {
		return new Observation(this.contactedAt, this.contactedAtClock, this.autoAcknowledgedAt, this.firstHumanReplyAt,
				this.replyClock, this.answerText, this.answerSignature, this.answerEvidenceId, timeline(), conversation,
				call, this.answerMatchBasis, this.addressBouncedAt);
	}

	ProbeSummary toSummary(Conversation conversation, PhoneCall call) {
		return new ProbeSummary(this.id, this.campaignId, this.organisationId, this.organisationName, this.sector,
				this.scenarioId, this.scenarioTitle, this.channel, this.token, this.state, this.outcome, this.attempts,
				this.problem, this.retryAt, this.contactedAt, this.deadlineAt, this.autoAcknowledgedAt,
				this.firstHumanReplyAt, timeline(), conversation, call, this.addressBouncedAt);
	}

	String getConversation() {
		return this.conversation;
	}

	String getPhoneCall() {
		return this.phoneCall;
	}

	public UUID getId() {
		return this.id;
	}

	public String getToken() {
		return this.token;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public ProbeState getState() {
		return this.state;
	}

	public ProbeOutcome getOutcome() {
		return this.outcome;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public String getPlan() {
		return this.plan;
	}

	public Instant getIrreversibleStepAt() {
		return this.irreversibleStepAt;
	}

	public Instant getContactedAt() {
		return this.contactedAt;
	}

	public Instant getDeadlineAt() {
		return this.deadlineAt;
	}

	public String getProblem() {
		return this.problem;
	}

	public String getSubjectKey() {
		return this.subjectKey;
	}

}
