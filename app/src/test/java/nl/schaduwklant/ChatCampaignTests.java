package nl.schaduwklant;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.schaduwklant.probes.Author;
import nl.schaduwklant.probes.Availability;
import nl.schaduwklant.probes.Conversation;
import nl.schaduwklant.probes.EvidenceKind;
import nl.schaduwklant.probes.EvidenceRef;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.probes.TimelineEventType;
import nl.schaduwklant.probes.TranscriptEntry;
import nl.schaduwklant.sandbox.ChatBehaviour;
import nl.schaduwklant.sandbox.ChatGroundTruth;
import nl.schaduwklant.sandbox.ChatTruth;
import nl.schaduwklant.sandbox.Placement;
import nl.schaduwklant.sandbox.Presence;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SimulatedOrganisation;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.OpeningHours;
import nl.schaduwklant.scheduler.WidgetKind;
import nl.schaduwklant.scoring.Measurement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A chat campaign against every simulated organisation with a web chat, held in real
 * headless Chromium and checked against what the sandbox's pages really showed: every
 * widget kind and placement, pre-chat forms, bots, hand-offs, offline and missing
 * widgets, chats the organisation ends, and hostile answers.
 */
@SchaduwklantTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatCampaignTests {

	/** How far a measured instant may be from the instant the page reported. */
	private static final Duration TOLERANCE = Duration.ofMillis(100);

	/** How long we stay in a chat after the first human answer (application-test.yml). */
	private static final Duration LINGER = Duration.ofSeconds(1);

	@Autowired
	private CampaignRunner runner;

	@Autowired
	private ProbeRuns probes;

	@Autowired
	private EvidenceStore evidence;

	@Autowired
	private ChatGroundTruth truth;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private nl.schaduwklant.scoring.review.ReviewQueue reviews;

	private List<SimulatedOrganisation> withChat;

	private CampaignDetails campaign;

	private Map<String, ProbeSummary> probed;

	private Map<UUID, Measurement> measured;

	@BeforeAll
	void runCampaign() {
		this.withChat = SandboxCatalogue.organisations()
			.stream()
			.filter((organisation) -> organisation.chat() != null)
			.toList();
		this.campaign = this.runner.start("Chat " + getClass().getSimpleName(), this.withChat,
				List.of(SandboxCatalogue.scenarios().get(0)), Set.of(Channel.CHAT), Duration.ofSeconds(30));
		this.runner.awaitSettled(this.campaign, Duration.ofMinutes(4));
		this.probed = this.runner.probesByOrganisation(this.campaign);
		this.measured = this.runner.measurementsByProbe(this.campaign);
	}

	@Test
	void shouldHoldOneChatWithEveryOrganisationAndScoreIt() {
		assertThat(this.campaign.plannedProbes()).isEqualTo(this.withChat.size());
		assertThat(this.probed).hasSize(this.withChat.size()).allSatisfy((name, probe) -> {
			assertThat(probe.channel()).isEqualTo(Channel.CHAT);
			assertThat(probe.state()).as("state of %s (%s)", name, probe.problem()).isEqualTo(ProbeState.SCORED);
			assertThat(probe.attempts()).isEqualTo(1);
			assertThat(this.measured).containsKey(probe.id());
		});
	}

	@Test
	void shouldSeeWhetherEachWidgetIsThereAndOnline() {
		for (SimulatedOrganisation organisation : this.withChat) {
			Conversation conversation = probeOf(organisation).conversation();
			Availability expected = expectedAvailability(organisation);
			assertThat(conversation.availability()).as("availability of %s", organisation.key()).isEqualTo(expected);
			assertThat(this.measured.get(probeOf(organisation).id()).available())
				.isEqualTo(expected == Availability.AVAILABLE);
			if (expected != Availability.AVAILABLE) {
				assertThat(probeOf(organisation).outcome()).isEqualTo(ProbeOutcome.NO_RESPONSE);
				assertThat(evidenceOf(organisation, EvidenceKind.PAGE_HTML)).as("page of %s", organisation.key())
					.isNotEmpty();
			}
		}
		assertThat(this.withChat).extracting((organisation) -> organisation.chat().presence())
			.as("the sandbox has every kind of widget presence")
			.containsAll(EnumSet.allOf(Presence.class));
		for (Presence offline : List.of(Presence.OFFLINE, Presence.OFFLINE_OUTSIDE_HOURS)) {
			ProbeSummary probe = probeOf(only(offline));
			if (probe.conversation().availability() == Availability.OFFLINE) {
				assertThat(probe.conversation().availabilityReason()).as("why %s was offline", probe.organisationName())
					.isEqualTo(OpeningHours.officeHours().isOpenAt(probe.contactedAt()) ? "offline message"
							: "outside opening hours");
			}
		}
		assertThat(probeOf(only(Presence.MISSING)).conversation().availabilityReason())
			.startsWith("no chat widget appeared within");
	}

	@Test
	void shouldFindTheHumanAnswerInEveryKindOfWidgetAndPlacement() {
		List<SimulatedOrganisation> answering = this.withChat.stream()
			.filter((organisation) -> expectedAvailability(organisation) == Availability.AVAILABLE
					&& organisation.chat().humanAnswers())
			.toList();
		assertThat(answering).extracting((organisation) -> organisation.chat().widget())
			.containsAll(EnumSet.allOf(WidgetKind.class));
		assertThat(answering).filteredOn((organisation) -> organisation.chat().widget() == WidgetKind.GENERIC)
			.extracting((organisation) -> organisation.chat().placement())
			.containsAll(EnumSet.allOf(Placement.class));
		assertThat(answering).anySatisfy((organisation) -> assertThat(organisation.chat().preChatForm()).isTrue());
		for (SimulatedOrganisation organisation : answering) {
			ProbeSummary probe = probeOf(organisation);
			assertThat(probe.outcome()).as("outcome of %s", organisation.key()).isEqualTo(ProbeOutcome.RESPONDED);
			assertThat(probe.conversation().agentName()).isEqualTo(organisation.chat().agentName());
			assertThat(this.measured.get(probe.id()).answered()).isTrue();
		}
	}

	@Test
	void shouldMeasureEachHumanAnswerWithinOneTenthOfASecondOfWhenThePageShowedIt() {
		List<ChatTruth> answered = this.withChat.stream()
			.map(this::truthOf)
			.filter((truth) -> truth.agentRepliedAt() != null)
			.toList();
		assertThat(answered).hasSizeGreaterThanOrEqualTo(15);
		for (ChatTruth truth : answered) {
			SimulatedOrganisation organisation = SandboxCatalogue.organisation(truth.organisationKey()).orElseThrow();
			ProbeSummary probe = probeOf(organisation);
			Measurement measurement = this.measured.get(probe.id());
			assertThat(probe.firstHumanReplyAt())
				.as("first human reply of %s (%s)", truth.organisationKey(), clockOf(probe))
				.isCloseTo(truth.agentRepliedAt(), within(TOLERANCE));
			assertThat(probe.contactedAt()).as("question of %s (%s)", truth.organisationKey(), clockOf(probe))
				.isCloseTo(truth.askedAt(), within(TOLERANCE));
			assertThat(measurement.timeToFirstHumanReply()).as("time to reply of %s", truth.organisationKey())
				.isCloseTo(Duration.between(truth.askedAt(), truth.agentRepliedAt()), TOLERANCE);
			Duration scripted = Duration.ofMillis(organisation.chat().agentReplyMillis());
			// our question's instant is taken when the send returns, which may be a
			// moment
			// after the page received it and started its delay: the same tolerance as
			// above
			assertThat(measurement.timeToFirstHumanReply()).as("the scripted delay of %s", truth.organisationKey())
				.isBetween(scripted.minus(TOLERANCE), scripted.plus(Duration.ofSeconds(1)));
		}
	}

	@Test
	void shouldQueueEveryChatAPersonAnsweredSoonerThanAPersonTypes() {
		List<UUID> tooQuick = this.measured.values()
			.stream()
			.filter((measurement) -> measurement.answered()
					&& measurement.timeToFirstHumanReply().compareTo(Duration.ofSeconds(2)) < 0)
			.map(Measurement::probeId)
			.toList();
		assertThat(this.reviews.open(this.campaign.id())
			.stream()
			.filter((item) -> item.kind() == nl.schaduwklant.scoring.review.ReviewKind.BOT_OR_HUMAN_UNCLEAR)
			.map(nl.schaduwklant.scoring.review.ReviewItem::probeId)
			.toList()).containsExactlyInAnyOrderElementsOf(tooQuick);
	}

	@Test
	void shouldCountAChatOnlyABotAnsweredAsNoResponse() {
		List<SimulatedOrganisation> botOnly = this.withChat.stream()
			.filter((organisation) -> organisation.chat().presence() == Presence.ONLINE
					&& organisation.chat().botName() != null && !organisation.chat().humanAnswers())
			.toList();
		assertThat(botOnly).hasSizeGreaterThanOrEqualTo(2);
		for (SimulatedOrganisation organisation : botOnly) {
			ProbeSummary probe = probeOf(organisation);
			Measurement measurement = this.measured.get(probe.id());
			ChatTruth truth = truthOf(organisation);
			assertThat(probe.outcome()).as("outcome of %s", organisation.key()).isEqualTo(ProbeOutcome.NO_RESPONSE);
			assertThat(probe.firstHumanReplyAt()).isNull();
			assertThat(probe.conversation().botOnly()).isTrue();
			assertThat(probe.conversation().firstBotReplyAt()).isCloseTo(truth.botRepliedAt(), within(TOLERANCE));
			assertThat(measurement.answered()).isFalse();
			assertThat(measurement.botOnly()).isTrue();
			assertThat(measurement.timeToFirstHumanReply()).isNull();
			assertThat(measurement.timeToFirstBotReply())
				.isCloseTo(Duration.between(truth.askedAt(), truth.botRepliedAt()), TOLERANCE);
			assertThat(measurement.resolution()).isNull();
		}
	}

	@Test
	void shouldSeeABotHandOverToAHuman() {
		List<SimulatedOrganisation> handOffs = this.withChat.stream()
			.filter((organisation) -> organisation.chat().presence() == Presence.ONLINE
					&& organisation.chat().botName() != null && organisation.chat().humanAnswers())
			.toList();
		assertThat(handOffs).extracting((organisation) -> organisation.chat().widget())
			.contains(WidgetKind.SALESFORCE, WidgetKind.ZENDESK, WidgetKind.GENERIC, WidgetKind.INTERCOM);
		for (SimulatedOrganisation organisation : handOffs) {
			ProbeSummary probe = probeOf(organisation);
			ChatTruth truth = truthOf(organisation);
			assertThat(probe.conversation().handedOff()).as("hand-off of %s", organisation.key()).isTrue();
			assertThat(probe.conversation().botOnly()).isFalse();
			assertThat(probe.conversation().firstBotReplyAt()).isCloseTo(truth.botRepliedAt(), within(TOLERANCE));
			assertThat(probe.firstHumanReplyAt()).isCloseTo(truth.agentRepliedAt(), within(TOLERANCE));
			assertThat(probe.timeline()).extracting((event) -> event.type())
				.contains(TimelineEventType.BOT_REPLY_RECEIVED, TimelineEventType.HANDED_OFF,
						TimelineEventType.HUMAN_REPLY_RECEIVED);
			assertThat(this.measured.get(probe.id()).botOnly()).isFalse();
		}
	}

	@Test
	void shouldSeeWhoEndsTheChat() {
		List<SimulatedOrganisation> held = this.withChat.stream()
			.filter((organisation) -> expectedAvailability(organisation) == Availability.AVAILABLE)
			.toList();
		assertThat(held).filteredOn((organisation) -> endsBeforeWeLeave(organisation.chat()))
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(held).as("organisations that would end the chat after answering, but we leave first")
			.filteredOn((organisation) -> organisation.chat().endAfterMillis() != null
					&& !endsBeforeWeLeave(organisation.chat()))
			.isNotEmpty();
		for (SimulatedOrganisation organisation : held) {
			Conversation conversation = probeOf(organisation).conversation();
			if (endsBeforeWeLeave(organisation.chat())) {
				assertThat(conversation.endedBy()).as("who ended the chat with %s", organisation.key())
					.isEqualTo(Author.AGENT);
				assertThat(conversation.endedAt()).isCloseTo(truthOf(organisation).endedAt(), within(TOLERANCE));
			}
			else {
				assertThat(conversation.endedBy()).as("who ended the chat with %s", organisation.key())
					.isEqualTo(Author.VISITOR);
				assertThat(probeOf(organisation).firstHumanReplyAt()).isNotNull();
				assertThat(conversation.endedAt()).as("we stay a little after the answer")
					.isAfterOrEqualTo(probeOf(organisation).firstHumanReplyAt().plus(LINGER));
			}
		}
	}

	/**
	 * We leave a chat {@code linger} after the first human answer. The sandbox's
	 * organisations end a chat on their timer only when no human answers or before their
	 * agent answers: an agent who answered leaves the ending to the visitor, so no timer
	 * of theirs races our linger and who ends the chat is never chance.
	 */
	private static boolean endsBeforeWeLeave(ChatBehaviour chat) {
		return chat.endAfterMillis() != null
				&& (!chat.humanAnswers() || chat.endAfterMillis() < chat.agentReplyMillis());
	}

	@Test
	void shouldFindExactlyTheFactsAndTheSeededLanguageErrorsOfEachAnswer() {
		for (SimulatedOrganisation organisation : this.withChat) {
			ChatTruth truth = truthOf(organisation);
			Measurement measurement = this.measured.get(probeOf(organisation).id());
			if (truth.agentRepliedAt() == null) {
				assertThat(measurement.resolution()).isNull();
				continue;
			}
			assertThat(measurement.factsFound()).as("facts in the answer of %s", organisation.key())
				.containsExactlyInAnyOrderElementsOf(truth.factsIncluded());
			if (organisation.chat().hostile()) {
				continue;
			}
			SeededLanguageErrors.assertFoundExactly(measurement.language().issues(), truth.injectedErrors(),
					organisation.key());
		}
	}

	@Test
	void shouldKeepAHostileAnswerVerbatimAsEvidence() {
		SimulatedOrganisation hostile = this.withChat.stream()
			.filter((organisation) -> organisation.chat().hostile())
			.findFirst()
			.orElseThrow();
		ChatTruth truth = truthOf(hostile);
		assertThat(truth.agentText()).contains("<script>");
		ProbeSummary probe = probeOf(hostile);
		assertThat(probe.conversation().transcript()).filteredOn((entry) -> entry.author() == Author.AGENT)
			.extracting(TranscriptEntry::text)
			.containsExactly(truth.agentText());
		EvidenceRef transcript = evidenceOf(hostile, EvidenceKind.TRANSCRIPT).get(0);
		JsonNode stored = JsonMapper.builder().build().readTree(this.evidence.load(transcript.id()).content());
		assertThat(stored.get("transcript").valueStream().map((entry) -> entry.get("text").asString()))
			.contains(truth.agentText());
	}

	@Test
	void shouldServeAHostileAnswerAsDataThatNoBrowserRenders() {
		SimulatedOrganisation hostile = this.withChat.stream()
			.filter((organisation) -> organisation.chat().hostile())
			.findFirst()
			.orElseThrow();
		ProbeSummary probe = probeOf(hostile);
		String agentText = truthOf(hostile).agentText();
		assertThat(this.mvc.get().uri("/api/probes/" + probe.id())).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.extractingPath("$.probe.conversation.transcript[?(@.author == 'AGENT')].text")
			.asArray()
			.containsExactly(agentText);
		EvidenceRef transcript = evidenceOf(hostile, EvidenceKind.TRANSCRIPT).get(0);
		assertThat(this.mvc.get().uri("/api/evidence/" + transcript.id())).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_OCTET_STREAM)
			.hasHeader("X-Content-Type-Options", "nosniff")
			.headers()
			.hasValue(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"evidence-" + transcript.id() + ".json\"");
	}

	@Test
	void shouldKeepTheTranscriptScreenshotsAndTimelineOfEveryChatHeld() {
		for (SimulatedOrganisation organisation : this.withChat) {
			if (expectedAvailability(organisation) != Availability.AVAILABLE) {
				continue;
			}
			ProbeSummary probe = probeOf(organisation);
			assertThat(evidenceOf(organisation, EvidenceKind.TRANSCRIPT)).hasSize(1)
				.allSatisfy((ref) -> assertThat(ref.sha256()).hasSize(64));
			assertThat(evidenceOf(organisation, EvidenceKind.SCREENSHOT)).isNotEmpty()
				.allSatisfy((ref) -> assertThat(ref.mediaType()).isEqualTo("image/png"));
			List<TranscriptEntry> transcript = probe.conversation().transcript();
			assertThat(transcript).filteredOn((entry) -> entry.author() == Author.VISITOR)
				.singleElement()
				.satisfies((question) -> assertThat(question.text()).contains(probe.token()));
			List<Instant> times = probe.timeline().stream().map((event) -> event.at()).toList();
			assertThat(times).as("timeline of %s in order", organisation.key()).isSorted();
			assertThat(probe.timeline()).extracting((event) -> event.type())
				.contains(TimelineEventType.PAGE_LOADED, TimelineEventType.WIDGET_AVAILABLE, TimelineEventType.SENT);
		}
	}

	/**
	 * @return how the chat's page clock was converted, with its uncertainty
	 */
	private static String clockOf(ProbeSummary probe) {
		return probe.timeline()
			.stream()
			.filter((event) -> event.type() == TimelineEventType.PAGE_LOADED)
			.map((event) -> event.detail())
			.findFirst()
			.orElse("no page clock recorded");
	}

	private Availability expectedAvailability(SimulatedOrganisation organisation) {
		ChatBehaviour chat = organisation.chat();
		Presence presence = chat.presence();
		if (presence == Presence.OFFLINE_OUTSIDE_HOURS) {
			List<Presence> served = this.truth.servedPresences(organisation.key());
			assertThat(served).as("pages served for %s", organisation.key()).isNotEmpty();
			presence = served.get(served.size() - 1);
		}
		return switch (presence) {
			case ONLINE -> Availability.AVAILABLE;
			case OFFLINE, OFFLINE_OUTSIDE_HOURS -> Availability.OFFLINE;
			case MISSING -> Availability.MISSING;
		};
	}

	private SimulatedOrganisation only(Presence presence) {
		return this.withChat.stream()
			.filter((organisation) -> organisation.chat().presence() == presence)
			.findFirst()
			.orElseThrow();
	}

	private ProbeSummary probeOf(SimulatedOrganisation organisation) {
		return this.probed.get(organisation.name());
	}

	private ChatTruth truthOf(SimulatedOrganisation organisation) {
		ProbeSummary probe = probeOf(organisation);
		return this.truth.forToken(probe.token())
			.orElseGet(() -> new ChatTruth(organisation.key(), probe.token(), null, null, null, null, null, null, null,
					null, null, null, null));
	}

	private List<EvidenceRef> evidenceOf(SimulatedOrganisation organisation, EvidenceKind kind) {
		return this.evidence.forProbe(probeOf(organisation).id()).stream().filter((ref) -> ref.kind() == kind).toList();
	}

}
