package nl.schaduwklant.scoring.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import nl.schaduwklant.probes.Availability;
import nl.schaduwklant.probes.Conversation;
import nl.schaduwklant.probes.Observation;
import nl.schaduwklant.probes.ProbeObserved;
import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.scoring.LanguageFindings;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.PersonalService;
import nl.schaduwklant.scoring.PhoneFigures;
import nl.schaduwklant.scoring.language.LanguageChecker;
import nl.schaduwklant.scoring.metric.ResponseTimes;
import nl.schaduwklant.scoring.resolution.Resolution;
import nl.schaduwklant.scoring.resolution.ResolutionScorer;
import nl.schaduwklant.scoring.service.PersonalServiceJudge;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.ChatEndpoint;
import nl.schaduwklant.scheduler.Endpoints;
import nl.schaduwklant.scheduler.PreChat;

/**
 * Derives a probe's measurement from its observation. Language is judged on the new text
 * of the answer without its signature; resolution on the new text with the signature (a
 * phone number in it is part of the answer). For a chat, the answer is what the human
 * agents wrote; a bot's messages are never judged as the organisation's answer.
 */
class MeasurementCalculator {

	private final ResponseTimes responseTimes;

	private final ResolutionScorer resolution;

	private final LanguageChecker language;

	private final Clock clock;

	private final Supplier<String> customerName;

	/**
	 * @param customerName the mystery customer's name, as the probes give it (absent when
	 * no mystery mailbox is configured)
	 */
	MeasurementCalculator(ResponseTimes responseTimes, ResolutionScorer resolution, LanguageChecker language,
			Clock clock, Supplier<String> customerName) {
		this.responseTimes = responseTimes;
		this.resolution = resolution;
		this.language = language;
		this.clock = clock;
		this.customerName = customerName;
	}

	Measurement measure(ProbeObserved observed) {
		Observation observation = observed.observation();
		boolean answered = observed.outcome() == ProbeOutcome.RESPONDED && observation.answered();
		// a call's answer is spoken: without speech-to-text it is judged by a consultant
		boolean written = answered && observation.call() == null;
		LanguageFindings findings = written
				? this.language.check(observation.answerText(), observed.target().allowList()) : null;
		Resolution resolved = written
				? this.resolution.score(answerWithSignature(observation), observed.scenario().answerKey()) : null;
		return new Measurement(observed.probeId(), observed.campaignId(), observed.target().organisationId(),
				observed.target().name(), observed.target().sector(), observed.channel(),
				observed.scenario().scenarioId(), observed.outcome(), answered,
				answered ? this.responseTimes.toFirstHumanReply(observation) : null,
				answered ? this.responseTimes.businessTimeToFirstHumanReply(observation,
						observed.target().openingHours()) : null,
				this.responseTimes.toAutoAcknowledgement(observation), available(observation), botOnly(observation),
				this.responseTimes.toFirstBotReply(observation), findings,
				(resolved != null) ? Double.valueOf(resolved.score())
						: reviewedHelp(observation).map((helped) -> helped ? 1.0 : 0.0).orElse(null),
				(resolved != null) ? Boolean.valueOf(resolved.reaches(observed.resolutionThreshold()))
						: reviewedHelp(observation).orElse(null),
				(resolved != null) ? resolved.found() : null, (resolved != null) ? resolved.missing() : null,
				this.clock.instant(), (observation.call() != null) ? PhoneFigures.of(observation.call()) : null,
				(resolved != null) ? resolved.contradicted() : null, written ? personal(observed) : null,
				(observed.channel() == Channel.EMAIL) ? Boolean.valueOf(observation.addressBouncedAt() != null) : null);
	}

	/**
	 * The customer's name is the one the probe gave: a chat's own pre-chat name, else the
	 * mystery mailbox's. A chat is signed by the agent's shown name.
	 */
	private PersonalService personal(ProbeObserved observed) {
		Observation observation = observed.observation();
		boolean chat = observation.conversation() != null;
		String name = Optional.ofNullable(observed.target().endpoints())
			.map(Endpoints::chat)
			.filter((endpoint) -> chat)
			.map(ChatEndpoint::preChat)
			.map(PreChat::name)
			.filter((given) -> !given.isBlank())
			.orElseGet(this.customerName);
		String signature = chat ? observation.conversation().agentName() : observation.answerSignature();
		return PersonalServiceJudge.judge(observation.answerText(), signature, observation.answerMatchBasis(), name,
				observed.target().name(), observed.channel() == Channel.EMAIL);
	}

	/**
	 * @return on a call a consultant reviewed, whether the caller was helped: its
	 * resolution (there is no speech-to-text, so nobody else can tell)
	 */
	private static java.util.Optional<Boolean> reviewedHelp(Observation observation) {
		return java.util.Optional.ofNullable(observation.call())
			.filter((call) -> observation.answered())
			.map(nl.schaduwklant.probes.PhoneCall::review)
			.map(nl.schaduwklant.probes.CallReview::helped);
	}

	private static Boolean available(Observation observation) {
		return (observation.conversation() != null)
				? observation.conversation().availability() == Availability.AVAILABLE : null;
	}

	private static Boolean botOnly(Observation observation) {
		Conversation conversation = observation.conversation();
		return (conversation != null && conversation.availability() == Availability.AVAILABLE) ? conversation.botOnly()
				: null;
	}

	private static String answerWithSignature(Observation observation) {
		String text = (observation.answerText() != null) ? observation.answerText() : "";
		String signature = observation.answerSignature();
		return (signature != null && !signature.isBlank()) ? text + "\n" + signature : text;
	}

}
