package nl.schaduwklant.probes.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schaduwklant.probes.Author;
import nl.schaduwklant.probes.Availability;
import nl.schaduwklant.probes.CapturedContent;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.Conversation;
import nl.schaduwklant.probes.EvidenceKind;
import nl.schaduwklant.probes.EvidenceRef;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.TimelineEvent;
import nl.schaduwklant.probes.TimelineEventType;
import nl.schaduwklant.probes.TranscriptEntry;
import nl.schaduwklant.probes.internal.Clocks;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what a chat session recorded into the probe's result: the timeline, the
 * conversation with its transcript, and the evidence (transcript, screenshots, page
 * HTML), each stored with its SHA-256. Only messages after the question count as answers;
 * a greeting before it is in the transcript but answers nothing.
 */
class ChatResults {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final EvidenceStore evidence;

	ChatResults(EvidenceStore evidence) {
		this.evidence = evidence;
	}

	ContactResult.Completed completed(UUID probeId, ChatRecording recording, Instant now) {
		List<TimelineEvent> timeline = new ArrayList<>();
		UUID html = store(probeId, EvidenceKind.PAGE_HTML, "text/html", recording.pageHtml);
		if (recording.pageLoadedAt != null) {
			timeline
				.add(event(TimelineEventType.PAGE_LOADED, recording.pageLoadedAt, recording.clockDescription, null));
		}
		Instant availabilityAt = (recording.availabilityAt != null) ? recording.availabilityAt : now;
		timeline.add(switch (recording.availability) {
			case AVAILABLE -> event(TimelineEventType.WIDGET_AVAILABLE, availabilityAt, null, null);
			case OFFLINE -> event(TimelineEventType.WIDGET_OFFLINE, availabilityAt, recording.availabilityReason, html);
			case MISSING -> event(TimelineEventType.WIDGET_MISSING, availabilityAt, recording.availabilityReason, html);
		});
		first(recording.events, "opened").ifPresent((opened) -> timeline
			.add(event(TimelineEventType.CHAT_OPENED, opened.at(), null, screenshot(probeId, recording, "opened"))));
		List<RecordedEvent> after = recording.afterQuestion();
		if (recording.sentAt != null) {
			timeline.add(event(TimelineEventType.SENT, recording.sentAt, "question sent in the chat", null));
		}
		first(after, "typing").ifPresent(
				(typing) -> timeline.add(event(TimelineEventType.TYPING, typing.at(), "someone is typing", null)));
		Optional<RecordedEvent> bot = firstFrom(after, Author.BOT);
		Optional<RecordedEvent> human = firstFrom(after, Author.AGENT);
		bot.ifPresent(
				(reply) -> timeline.add(event(TimelineEventType.BOT_REPLY_RECEIVED, reply.at(), name(reply), null)));
		boolean handedOff = bot.isPresent() && human.isPresent() && human.get().at().isAfter(bot.get().at());
		if (handedOff) {
			timeline
				.add(event(TimelineEventType.HANDED_OFF, human.get().at(), "from bot to " + name(human.get()), null));
		}
		human.ifPresent((reply) -> timeline.add(event(TimelineEventType.HUMAN_REPLY_RECEIVED, reply.at(), name(reply),
				screenshot(probeId, recording, "first-human-reply"))));
		Optional<RecordedEvent> ended = first(recording.events, "ended");
		ended.ifPresent((end) -> timeline.add(event(TimelineEventType.CHAT_ENDED, end.at(),
				"ended by " + ((end.by() == Author.AGENT) ? "the organisation" : "us"),
				screenshot(probeId, recording, "end"))));
		// our own messages are taken from what we sent; the widget's echo of them is left
		// out
		List<TranscriptEntry> transcript = recording.events.stream()
			.filter((event) -> event.is("sent") || (event.is("message") && event.author() != Author.VISITOR))
			.map((event) -> event.is("sent") ? new TranscriptEntry(Author.VISITOR, null, event.text(), event.at())
					: new TranscriptEntry(event.author(), event.name(), event.text(), event.at()))
			.toList();
		var conversation = new Conversation(recording.availability, recording.availabilityReason,
				bot.map(RecordedEvent::at).orElse(null), human.map(RecordedEvent::name).orElse(null), handedOff,
				ended.map(RecordedEvent::at).orElse(null), ended.map(RecordedEvent::by).orElse(null), transcript);
		timeline.sort(Comparator.comparing(TimelineEvent::at));
		UUID transcriptId = store(probeId, EvidenceKind.TRANSCRIPT, "application/json",
				JSON.writeValueAsBytes(conversation));
		String answer = after.stream()
			.filter((event) -> event.isMessageFrom(Author.AGENT))
			.map(RecordedEvent::text)
			.collect(Collectors.joining("\n\n"));
		Instant contactedAt = (recording.sentAt != null) ? recording.sentAt : availabilityAt;
		return new ContactResult.Completed(contactedAt, CHAT_CLOCK, chatDetail(recording),
				human.map(RecordedEvent::at).orElse(null), answer.isEmpty() ? null : answer, timeline, conversation,
				transcriptId);
	}

	/**
	 * Keeps the evidence of a chat that failed on our side.
	 * @param probeId the probe
	 * @param recording what was recorded before it failed
	 */
	void keepFailure(UUID probeId, ChatRecording recording) {
		if (recording != null) {
			store(probeId, EvidenceKind.PAGE_HTML, "text/html", recording.pageHtml);
			recording.screenshots.forEach((shot) -> store(probeId, EvidenceKind.SCREENSHOT, "image/png", shot.png()));
			if (!recording.events.isEmpty()) {
				// what the recorder saw before the chat failed
				List<TranscriptEntry> seen = recording.events.stream()
					.filter((event) -> event.is("sent") || event.is("message"))
					.map((event) -> new TranscriptEntry(event.author(), event.name(), event.text(), event.at()))
					.toList();
				store(probeId, EvidenceKind.TRANSCRIPT, "application/json", JSON.writeValueAsBytes(seen));
			}
		}
	}

	/** The clock of instants taken in the page and converted to the probe clock. */
	static final String CHAT_CLOCK = Clocks.BROWSER_CLOCK;

	private static String chatDetail(ChatRecording recording) {
		return (recording.availability == Availability.AVAILABLE) ? "chat held; " + recording.clockDescription
				: "chat " + recording.availability.name().toLowerCase(java.util.Locale.ROOT) + ": "
						+ recording.availabilityReason;
	}

	private UUID screenshot(UUID probeId, ChatRecording recording, String label) {
		return recording.screenshots.stream()
			.filter((shot) -> shot.label().equals(label))
			.findFirst()
			.map((shot) -> store(probeId, EvidenceKind.SCREENSHOT, "image/png", shot.png()))
			.orElse(null);
	}

	private UUID store(UUID probeId, EvidenceKind kind, String mediaType, byte[] content) {
		if (content == null) {
			return null;
		}
		EvidenceRef ref = this.evidence.store(probeId, kind, mediaType, CapturedContent.of(content));
		return ref.id();
	}

	private static Optional<RecordedEvent> first(List<RecordedEvent> events, String type) {
		return events.stream().filter((event) -> event.is(type)).findFirst();
	}

	private static Optional<RecordedEvent> firstFrom(List<RecordedEvent> events, Author author) {
		return events.stream().filter((event) -> event.isMessageFrom(author)).findFirst();
	}

	private static String name(RecordedEvent event) {
		return (event.name() != null) ? event.name() : "(no name shown)";
	}

	private static TimelineEvent event(TimelineEventType type, Instant at, String detail, UUID evidenceId) {
		return new TimelineEvent(type, at, CHAT_CLOCK, detail, evidenceId);
	}

}
