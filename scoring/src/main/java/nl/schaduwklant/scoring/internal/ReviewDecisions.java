package nl.schaduwklant.scoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.probes.UnmatchedReplies;
import nl.schaduwklant.probes.UnmatchedReply;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.Organisations;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.MeasurementCorrected;
import nl.schaduwklant.scoring.PhoneFigures;
import nl.schaduwklant.scoring.metric.BusinessTime;
import nl.schaduwklant.scoring.review.InvalidReviewDecision;
import nl.schaduwklant.scoring.review.MeasurementCorrection;
import nl.schaduwklant.scoring.review.ReviewAction;
import nl.schaduwklant.scoring.review.ReviewDecision;
import nl.schaduwklant.scoring.review.ReviewItem;
import nl.schaduwklant.scoring.review.ReviewKind;
import nl.schaduwklant.scoring.review.ReviewOutcome;
import nl.schaduwklant.scoring.review.ReviewQueue;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue: finds the doubtful measurements, and takes a consultant's decision in
 * one short transaction — the decision (with the measurement as it was), the measurement
 * as it now is, and {@link MeasurementCorrected} for the reports.
 */
@Service
class ReviewDecisions implements ReviewQueue {

	/** Resolutions from here up to {@link #RESOLUTION_TO} are read by a person. */
	static final double RESOLUTION_FROM = 0.4;

	static final double RESOLUTION_TO = 0.7;

	static final Duration HALF_A_SECOND = Duration.ofMillis(500);

	/** A person's first chat answer sooner than this after the question is checked. */
	static final java.time.Duration HUMAN_REPLY_AT_LEAST = java.time.Duration.ofSeconds(2);

	/** Live agents found with less confidence than this (and not flagged) are checked. */
	static final double CONFIDENCE_BELOW = 0.8;

	private final ProbeRuns probes;

	private final MeasurementStore measurements;

	private final ReviewDecisionStore decisions;

	private final UnmatchedReplies replies;

	private final EvidenceStore evidence;

	private final Organisations organisations;

	private final BusinessTime businessTime;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReviewDecisions(ProbeRuns probes, MeasurementStore measurements, ReviewDecisionStore decisions,
			UnmatchedReplies replies, EvidenceStore evidence, Organisations organisations, BusinessTime businessTime,
			ApplicationEventPublisher events, Clock clock) {
		this.probes = probes;
		this.measurements = measurements;
		this.decisions = decisions;
		this.replies = replies;
		this.evidence = evidence;
		this.organisations = organisations;
		this.businessTime = businessTime;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReviewItem> open(UUID campaignId) {
		Set<UUID> decided = this.decisions.decided();
		List<ReviewItem> items = new ArrayList<>();
		for (ProbeSummary probe : this.probes.needingReview()) {
			if ((campaignId == null || probe.campaignId().equals(campaignId)) && !decided.contains(probe.id())
					&& this.measurements.forProbe(probe.id()).isEmpty()) {
				items.add(item(ReviewKind.NEEDS_REVIEW, probe.id(), probe.campaignId(), probe.organisationId(),
						probe.organisationName(), probe.channel(),
						(probe.problem() != null) ? probe.problem() : "needs review"));
			}
		}
		if (campaignId != null) {
			for (Measurement measurement : this.measurements.forCampaign(campaignId)) {
				if (!decided.contains(measurement.probeId())) {
					doubtful(measurement).ifPresent(items::add);
				}
			}
		}
		for (UnmatchedReply reply : this.replies.list()) {
			if (!decided.contains(reply.id()) && "UNMATCHED".equals(reply.status())) {
				items.add(new ReviewItem(ReviewKind.UNMATCHED_REPLY, null, reply.id(), null, null, reply.fromAddress(),
						Channel.EMAIL, "a reply that matched no probe: " + reply.subject(),
						"/api/evidence/" + reply.evidenceId()));
			}
		}
		return items;
	}

	private java.util.Optional<ReviewItem> doubtful(Measurement m) {
		PhoneFigures phone = m.phone();
		if (phone == null && m.resolution() != null && m.resolution() >= RESOLUTION_FROM
				&& m.resolution() < RESOLUTION_TO) {
			return java.util.Optional.of(item(ReviewKind.DOUBTFUL_RESOLUTION, m.probeId(), m.campaignId(),
					m.organisationId(), m.organisationName(), m.channel(),
					"resolution " + m.resolution() + " lies between " + RESOLUTION_FROM + " and " + RESOLUTION_TO));
		}
		if (m.channel() == Channel.CHAT && m.answered() && m.timeToFirstHumanReply() != null
				&& m.timeToFirstHumanReply().compareTo(HUMAN_REPLY_AT_LEAST) < 0) {
			return java.util.Optional.of(item(ReviewKind.BOT_OR_HUMAN_UNCLEAR, m.probeId(), m.campaignId(),
					m.organisationId(), m.organisationName(), m.channel(), "a person answered after "
							+ m.timeToFirstHumanReply().toMillis() / 1000.0 + " s: sooner than a person types"));
		}
		if (phone != null && m.answered() && phone.method() == nl.schaduwklant.probes.LiveAgentMethod.CONSULTANT
				&& !phone.reviewed()) {
			return java.util.Optional.of(item(ReviewKind.CALL_NOT_REVIEWED, m.probeId(), m.campaignId(),
					m.organisationId(), m.organisationName(), m.channel(), "the consultant's review never came"));
		}
		if (phone != null && m.answered() && phone.liveAgentConfidence() < CONFIDENCE_BELOW) {
			return java.util.Optional.of(item(ReviewKind.LOW_CONFIDENCE, m.probeId(), m.campaignId(),
					m.organisationId(), m.organisationName(), m.channel(),
					"the live agent was found with confidence " + phone.liveAgentConfidence()));
		}
		return java.util.Optional.empty();
	}

	private static ReviewItem item(ReviewKind kind, UUID probeId, UUID campaignId, UUID organisationId,
			String organisationName, Channel channel, String why) {
		return new ReviewItem(kind, probeId, null, campaignId, organisationId, organisationName, channel, why,
				"/api/probes/" + probeId);
	}

	@Override
	@Transactional
	public ReviewOutcome decide(ReviewDecision decision, String by) {
		return switch (decision.action()) {
			case CONFIRM -> confirm(decision, by);
			case CORRECT -> correct(decision, by);
			case CONTACTED -> contacted(decision, by);
			case NOT_CONTACTED -> notContacted(decision, by);
			case ATTACH_REPLY -> attach(decision, by);
			case DISMISS -> dismiss(decision, by);
		};
	}

	private ReviewOutcome confirm(ReviewDecision decision, String by) {
		Measurement measurement = measured(decision);
		return record(decision, by, null, null, measurement);
	}

	private ReviewOutcome correct(ReviewDecision decision, String by) {
		Measurement original = measured(decision);
		MeasurementCorrection correction = new MeasurementCorrection(decision.field(), decision.value());
		Measurement corrected = correction.apply(original);
		ReviewOutcome outcome = record(decision, by, correction.current(original), correction.current(corrected),
				original);
		this.measurements.replace(corrected);
		this.events.publishEvent(new MeasurementCorrected(corrected, outcome.id()));
		return outcome;
	}

	private ReviewOutcome contacted(ReviewDecision decision, String by) {
		ProbeSummary probe = needingReview(decision);
		Measurement unanswered = new Measurement(probe.id(), probe.campaignId(), probe.organisationId(),
				probe.organisationName(), probe.sector(), probe.channel(), probe.scenarioId(), ProbeOutcome.NO_RESPONSE,
				false, null, null, null, null, null, null, null, null, null, null, null, this.clock.instant(),
				(probe.call() != null) ? PhoneFigures.of(probe.call()) : null, null, null,
				(probe.channel() == Channel.EMAIL) ? Boolean.valueOf(probe.addressBouncedAt() != null) : null);
		Measurement measured = "answered".equals(decision.field()) && "false".equals(decision.value()) ? unanswered
				: new MeasurementCorrection(decision.field(), decision.value()).apply(unanswered);
		ReviewOutcome outcome = record(decision, by, null, decision.value(), null);
		this.measurements.add(measured);
		this.events.publishEvent(new MeasurementCorrected(measured, outcome.id()));
		return outcome;
	}

	private ReviewOutcome notContacted(ReviewDecision decision, String by) {
		needingReview(decision);
		return record(decision, by, null, null, null);
	}

	private ReviewOutcome attach(ReviewDecision decision, String by) {
		UnmatchedReply reply = openReply(decision);
		Measurement original = measured(decision);
		if (original.channel() != Channel.EMAIL && original.channel() != Channel.CONTACT_FORM) {
			throw new InvalidReviewDecision("probeId", "a reply by e-mail answers an e-mail or a contact form");
		}
		ProbeSummary probe = this.probes.get(decision.probeId());
		// the mail server's INTERNALDATE has whole seconds: the reply came within that
		// second, and is timed at its middle, as the e-mail probe times a reply it
		// matched
		Instant arrived = reply.receivedAt().plus(HALF_A_SECOND);
		if (probe.contactedAt() == null || !reply.receivedAt().plusSeconds(1).isAfter(probe.contactedAt())) {
			throw new InvalidReviewDecision("replyId", "the reply came before the probe contacted the organisation");
		}
		if (probe.deadlineAt() != null && reply.receivedAt().isAfter(probe.deadlineAt())) {
			throw new InvalidReviewDecision("replyId", "the reply came after the probe's reply deadline");
		}
		if (arrived.isBefore(probe.contactedAt())) {
			arrived = probe.contactedAt();
		}
		Duration took = Duration.between(probe.contactedAt(), arrived);
		if (original.answered() && original.timeToFirstHumanReply() != null
				&& original.timeToFirstHumanReply().compareTo(took) <= 0) {
			throw new InvalidReviewDecision("replyId", "the probe was answered before this reply came");
		}
		Duration business = this.businessTime.between(probe.contactedAt(), arrived,
				this.organisations.get(probe.organisationId()).openingHours());
		Measurement answered = new Measurement(original.probeId(), original.campaignId(), original.organisationId(),
				original.organisationName(), original.sector(), original.channel(), original.scenarioId(),
				ProbeOutcome.RESPONDED, true, took, business, original.timeToAutoAcknowledgement(),
				original.available(), original.botOnly(), original.timeToFirstBotReply(), original.language(),
				original.resolution(), original.resolved(), original.factsFound(), original.factsMissing(),
				original.scoredAt(), original.phone(), original.factsContradicted(), original.personal(),
				original.addressBounced());
		ReviewOutcome outcome = record(decision, by, MeasurementCorrection.seconds(original.timeToFirstHumanReply()),
				MeasurementCorrection.seconds(took), original);
		this.evidence.attach(reply.evidenceId(), probe.id());
		this.measurements.replace(answered);
		this.events.publishEvent(new MeasurementCorrected(answered, outcome.id()));
		return outcome;
	}

	private ReviewOutcome dismiss(ReviewDecision decision, String by) {
		openReply(decision);
		return record(decision, by, null, null, null);
	}

	private Measurement measured(ReviewDecision decision) {
		if (decision.probeId() == null) {
			throw new InvalidReviewDecision("probeId", "required for " + decision.action());
		}
		this.probes.get(decision.probeId());
		return this.measurements.forProbeLocked(decision.probeId())
			.orElseThrow(() -> new InvalidReviewDecision("probeId",
					"the probe has no measurement (CONTACTED or NOT_CONTACTED decide on a probe that needs review)"));
	}

	private ProbeSummary needingReview(ReviewDecision decision) {
		if (decision.probeId() == null) {
			throw new InvalidReviewDecision("probeId", "required for " + decision.action());
		}
		ProbeSummary probe = this.probes.get(decision.probeId());
		if (probe.state() != ProbeState.NEEDS_REVIEW || this.measurements.forProbe(probe.id()).isPresent()
				|| !this.decisions.forProbe(probe.id()).isEmpty()) {
			throw new InvalidReviewDecision("probeId", "the probe does not wait for a review");
		}
		return probe;
	}

	private UnmatchedReply openReply(ReviewDecision decision) {
		if (decision.replyId() == null) {
			throw new InvalidReviewDecision("replyId", "required for " + decision.action());
		}
		UnmatchedReply reply = this.replies.list()
			.stream()
			.filter((candidate) -> candidate.id().equals(decision.replyId()))
			.findFirst()
			.orElseThrow(() -> new InvalidReviewDecision("replyId", "no unmatched reply has this id"));
		if (this.decisions.decided().contains(reply.id())) {
			throw new InvalidReviewDecision("replyId", "this reply was decided on already");
		}
		if (decision.action() == ReviewAction.ATTACH_REPLY && !"UNMATCHED".equals(reply.status())) {
			throw new InvalidReviewDecision("replyId", "a message that could not be read answers no probe");
		}
		if (decision.action() == ReviewAction.ATTACH_REPLY && reply.autoReply()) {
			throw new InvalidReviewDecision("replyId", "an automatic reply is not an answer from a person");
		}
		return reply;
	}

	private ReviewOutcome record(ReviewDecision decision, String by, String originalValue, String newValue,
			Measurement original) {
		Instant now = this.clock.instant();
		ReviewOutcome outcome = new ReviewOutcome(UUID.randomUUID(), decision.action(), decision.probeId(),
				decision.replyId(), decision.field(), originalValue, newValue, decision.reason(), by, now);
		try {
			this.decisions.add(outcome, (original != null) ? this.measurements.body(original) : null);
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			throw new InvalidReviewDecision((decision.replyId() != null) ? "replyId" : "probeId",
					"decided on already, a moment ago");
		}
		return outcome;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReviewOutcome> decisions(UUID probeId) {
		return this.decisions.forProbe(probeId);
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> notContacted() {
		return this.decisions.notContacted();
	}

}
