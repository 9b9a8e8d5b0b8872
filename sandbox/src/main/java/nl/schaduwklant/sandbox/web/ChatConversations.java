package nl.schaduwklant.sandbox.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schaduwklant.sandbox.AnswerQuality;
import nl.schaduwklant.sandbox.ChatBehaviour;
import nl.schaduwklant.sandbox.ChatGroundTruth;
import nl.schaduwklant.sandbox.ChatTruth;
import nl.schaduwklant.sandbox.InjectedError;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SandboxScenario;
import nl.schaduwklant.sandbox.SimulatedOrganisation;
import nl.schaduwklant.sandbox.mail.KnownErrors;
import nl.schaduwklant.scheduler.WidgetKind;

/**
 * Decides what a simulated organisation says in a chat, and when: the script the page
 * plays after the visitor's question. The decision (answer quality, facts, language
 * errors) is noted as ground truth; the page reports when it showed each part.
 */
class ChatConversations {

	private static final Pattern TOKEN = Pattern.compile("SK-[0-9A-Z]{5}");

	static final String OPENING = "Goedemiddag, dank voor uw vraag. Ik heb uw gegevens gecontroleerd.";

	static final String CLOSING = "Ik hoop u hiermee voldoende te hebben geïnformeerd.";

	static final String HOSTILE = "<img src=x onerror=\"fetch('/truth?xss')\"><script>alert('xss')</script>";

	private final ChatGroundTruth truth;

	private final long seed;

	ChatConversations(ChatGroundTruth truth, long seed) {
		this.truth = truth;
		this.seed = seed;
	}

	/**
	 * @param organisation the organisation
	 * @param behaviour how its chat behaves
	 * @param question the visitor's question
	 * @return the events to play, each with {@code after} (milliseconds after the
	 * question), {@code kind}, {@code name} and {@code text}
	 */
	List<Map<String, Object>> script(SimulatedOrganisation organisation, ChatBehaviour behaviour, String question) {
		Matcher matcher = TOKEN.matcher(question);
		String token = matcher.find() ? matcher.group() : "SK-UNKNOWN";
		Optional<SandboxScenario> scenario = SandboxCatalogue.scenarios()
			.stream()
			.filter((candidate) -> question.contains(candidate.body().strip()))
			.findFirst();
		List<Map<String, Object>> events = new ArrayList<>();
		if (behaviour.botName() != null) {
			String text = behaviour.humanAnswers()
					? "Hallo, ik ben " + behaviour.botName() + ", de digitale assistent. Ik zoek een medewerker voor u."
					: "Hallo, ik ben " + behaviour.botName() + ". Helaas kan ik uw vraag niet beantwoorden.";
			events.add(event(behaviour.botReplyMillis(), "bot", behaviour.botName(), text));
			if (behaviour.humanAnswers() && behaviour.widget() == WidgetKind.SALESFORCE) {
				events.add(event(behaviour.agentReplyMillis() - 200, "transfer", null, null));
			}
		}
		if (behaviour.typingMillis() != null && behaviour.humanAnswers()) {
			events.add(event(behaviour.typingMillis(), "typing", behaviour.agentName(), null));
		}
		AnswerQuality quality = scenario.isPresent() ? behaviour.quality() : AnswerQuality.WRONG;
		List<String> facts = List.of();
		List<InjectedError> errors = List.of();
		String answer = null;
		if (behaviour.humanAnswers()) {
			String paragraph = scenario.map((known) -> known.answer(quality, organisation))
				.orElse("Daar kan ik u helaas niet mee helpen.");
			Random random = new Random(this.seed * 31 + organisation.key().hashCode() * 17L
					+ scenario.map(SandboxScenario::key).orElse("").hashCode());
			KnownErrors.Result injected = KnownErrors.inject(OPENING + " " + paragraph + " " + CLOSING,
					behaviour.errorsPerReply(), random);
			answer = (behaviour.hostile() ? HOSTILE + " " : "") + injected.text();
			errors = injected.errors();
			facts = scenario.map((known) -> known.facts(quality)).orElse(List.of());
			events.add(event(behaviour.agentReplyMillis(), "agent", behaviour.agentName(), answer));
		}
		if (endsItself(behaviour)) {
			events.add(event(behaviour.endAfterMillis(), "end", null, null));
		}
		events.sort(Comparator.comparing((event) -> (Integer) event.get("after")));
		this.truth.planned(new ChatTruth(organisation.key(), token, scenario.map(SandboxScenario::key).orElse(null),
				null, null, null, null, behaviour.agentName(), null, behaviour.humanAnswers() ? quality : null, facts,
				errors, answer));
		return events;
	}

	/**
	 * Whether the organisation ends the chat itself, on its timer. It does when no human
	 * answers, or when it ends the chat before its agent answers. An agent who has
	 * answered leaves the ending to the visitor: a visitor who stays a while after the
	 * answer (as the probe does) would otherwise race the organisation's timer, and who
	 * ended the chat would be chance.
	 * @param behaviour how the organisation's chat behaves
	 * @return whether its page ends the chat at {@code endAfterMillis}
	 */
	static boolean endsItself(ChatBehaviour behaviour) {
		return behaviour.endAfterMillis() != null
				&& (!behaviour.humanAnswers() || behaviour.endAfterMillis() < behaviour.agentReplyMillis());
	}

	/**
	 * A script whose page stops responding once asked.
	 * @return the script
	 */
	static List<Map<String, Object>> hanging() {
		return List.of(event(300, "hang", null, null));
	}

	/**
	 * A script whose agent answers after 20 seconds.
	 * @return the script
	 */
	static List<Map<String, Object>> slow() {
		return List.of(event(20_000, "agent", "Traag", "Ik kom zo bij u."));
	}

	private static Map<String, Object> event(int after, String kind, String name, String text) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("after", after);
		event.put("kind", kind);
		event.put("name", name);
		event.put("text", text);
		return event;
	}

}
