package nl.schaduwklant.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.schaduwklant.scheduler.AnswerFact;
import nl.schaduwklant.scheduler.AnswerKey;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.WidgetKind;

import static nl.schaduwklant.sandbox.AckStyle.HEADERLESS;
import static nl.schaduwklant.sandbox.AckStyle.NONE;
import static nl.schaduwklant.sandbox.AckStyle.RFC3834;
import static nl.schaduwklant.sandbox.MailClient.APPLE_MAIL_NL;
import static nl.schaduwklant.sandbox.MailClient.GMAIL_NL;
import static nl.schaduwklant.sandbox.MailClient.HTML_ONLY;
import static nl.schaduwklant.sandbox.MailClient.OUTLOOK_NL;
import static nl.schaduwklant.sandbox.MailClient.QP_LATIN1;
import static nl.schaduwklant.sandbox.Threading.SUBJECT_ONLY;
import static nl.schaduwklant.sandbox.Threading.THREADED;
import static nl.schaduwklant.sandbox.Threading.TOKEN_ONLY;

/**
 * The sandbox's simulated organisations (22, in four sectors; the local-government sector
 * has four, so its benchmark figures are suppressed), their web chats (22, every widget
 * kind and behaviour; at least five answered by a human in each sector but local
 * government) and contact forms (4, one with a CAPTCHA), and the questions they know how
 * to answer.
 */
public final class SandboxCatalogue {

	private static final Map<String, ChatBehaviour> CHATS = Map.ofEntries(
			Map.entry("bank-zuid",
					chat(WidgetKind.GENERIC, Placement.PAGE, Presence.ONLINE, false, null, null, 1200, "Sanne", 2000,
							AnswerQuality.CORRECT, 0, 4000, false)),
			Map.entry("spaarbank-noord",
					chat(WidgetKind.ZENDESK, null, Presence.ONLINE, true, "Robin", 600, 2000, "Daan", 3000,
							AnswerQuality.PARTIAL, 1, null, false)),
			Map.entry("verzekeraar-delta",
					chat(WidgetKind.SALESFORCE, null, Presence.ONLINE, true, "Einstein", 700, null, "Lotte", 3500,
							AnswerQuality.CORRECT, 0, 6000, false)),
			Map.entry("hypotheekhuis-oost",
					chat(WidgetKind.GENERIC, Placement.IFRAME, Presence.ONLINE, false, null, null, null, "Emma", 2500,
							AnswerQuality.CORRECT, 1, null, false)),
			Map.entry("webwinkel-bolder",
					chat(WidgetKind.INTERCOM, null, Presence.ONLINE, false, "Fin", 800, null, null, null,
							AnswerQuality.WRONG, 0, 5000, false)),
			Map.entry("modehuis-lente",
					chat(WidgetKind.LIVECHAT, null, Presence.ONLINE, true, null, null, 1500, "Sem", 2500,
							AnswerQuality.PARTIAL, 2, null, false)),
			Map.entry("elektro-vonk",
					chat(WidgetKind.TAWK, null, Presence.ONLINE, false, null, null, null, "Fleur", 2000,
							AnswerQuality.CORRECT, 0, 5000, false)),
			Map.entry("sportzaak-sprint",
					chat(WidgetKind.GENERIC, Placement.PAGE, Presence.ONLINE, false, null, null, 1000, "Noah", 2200,
							AnswerQuality.PARTIAL, 1, null, false)),
			Map.entry("telecom-golf",
					chat(WidgetKind.GENERIC, Placement.SHADOW, Presence.ONLINE, false, "Gerrit", 500, 1800, "Sophie",
							2600, AnswerQuality.CORRECT, 1, null, false)),
			Map.entry("glasvezel-snel",
					chat(WidgetKind.INTERCOM, null, Presence.ONLINE, false, null, null, null, "Milan", 3000,
							AnswerQuality.CORRECT, 0, null, false)),
			Map.entry("hosting-wolk",
					chat(WidgetKind.LIVECHAT, null, Presence.ONLINE, false, "HostBot", 400, null, "Eva", 1500,
							AnswerQuality.CORRECT, 0, 4000, false)),
			Map.entry("kabelnet-west",
					chat(WidgetKind.TAWK, null, Presence.ONLINE, false, null, null, null, "Finn", 2200,
							AnswerQuality.PARTIAL, 0, null, true)),
			Map.entry("gemeente-waterdam",
					chat(WidgetKind.GENERIC, Placement.PAGE, Presence.MISSING, false, null, null, null, null, null,
							AnswerQuality.WRONG, 0, null, false)),
			Map.entry("gemeente-heuvelrug",
					chat(WidgetKind.GENERIC, Placement.IFRAME, Presence.OFFLINE_OUTSIDE_HOURS, false, null, null, null,
							"Jesse", 2500, AnswerQuality.CORRECT, 0, null, false)),
			Map.entry("gemeente-duinstad",
					chat(WidgetKind.SALESFORCE, null, Presence.OFFLINE, false, null, null, null, "Noor", 2000,
							AnswerQuality.CORRECT, 0, null, false)),
			Map.entry("gemeente-polderveen",
					chat(WidgetKind.ZENDESK, null, Presence.ONLINE, false, null, null, null, "Ruben", 4000,
							AnswerQuality.PARTIAL, 1, null, false)),
			Map.entry("pensioenfonds-horizon",
					chat(WidgetKind.TAWK, null, Presence.ONLINE, false, null, null, null, "Bram", 3500,
							AnswerQuality.PARTIAL, 0, null, false)),
			Map.entry("krediet-en-co",
					chat(WidgetKind.GENERIC, Placement.PAGE, Presence.ONLINE, true, "Kredietbot", 500, null, null, null,
							AnswerQuality.WRONG, 0, 3000, false)),
			Map.entry("tuincentrum-groen",
					chat(WidgetKind.SALESFORCE, null, Presence.ONLINE, false, null, null, null, "Lucas", 2000,
							AnswerQuality.CORRECT, 0, null, false)),
			Map.entry("boekhandel-pagina",
					chat(WidgetKind.ZENDESK, null, Presence.ONLINE, false, null, null, null, "Anna", 1800,
							AnswerQuality.CORRECT, 1, 4000, false)),
			Map.entry("mobiel-plus",
					chat(WidgetKind.INTERCOM, null, Presence.ONLINE, false, "Fin", 600, null, "Levi", 2800,
							AnswerQuality.PARTIAL, 2, null, false)),
			Map.entry("software-kern", chat(WidgetKind.SALESFORCE, null, Presence.ONLINE, false, null, null, null,
					"Zoë", 2400, AnswerQuality.CORRECT, 0, 5000, false)));

	private static final Map<String, FormBehaviour> FORMS = Map.of("boekhandel-pagina", new FormBehaviour(false),
			"gemeente-heuvelrug", new FormBehaviour(false), "tuincentrum-groen", new FormBehaviour(true),
			"pensioenfonds-horizon", new FormBehaviour(false));

	private static final Map<String, PhoneBehaviour> PHONES = Map.ofEntries(
			Map.entry("bank-zuid", answers(3, "ivr-bank", "1", "music-calm", 6, null, "greeting-sanne")),
			Map.entry("spaarbank-noord", answers(2, null, null, "music-melody", 8, null, "greeting-mark")),
			Map.entry("verzekeraar-delta", answers(4, null, null, null, 0, null, "greeting-lisa")),
			Map.entry("pensioenfonds-horizon",
					answers(2, null, null, "music-beat", 14, "queue-geduld", "greeting-peter")),
			Map.entry("hypotheekhuis-oost", line(PhoneBehaviour.Line.BUSY)),
			Map.entry("krediet-en-co",
					new PhoneBehaviour(PhoneBehaviour.Line.ANSWERS, 5, null, null, null, 0, null, "greeting-henk", null,
							0, -45.0)),
			Map.entry("webwinkel-bolder", answers(2, "ivr-winkel", "1", "music-beat", 10, null, "greeting-fatima")),
			Map.entry("modehuis-lente", answers(3, null, null, "music-calm", 12, null, "greeting-jeroen")),
			Map.entry("elektro-vonk", line(PhoneBehaviour.Line.NO_ANSWER)),
			Map.entry("tuincentrum-groen", answers(1, null, null, null, 0, null, "greeting-anouk")),
			Map.entry("boekhandel-pagina", answers(4, "ivr-winkel", "2", null, 5, null, "greeting-sanne")),
			Map.entry("sportzaak-sprint",
					new PhoneBehaviour(PhoneBehaviour.Line.ANSWERS, 2, null, null, "music-melody", 4, null,
							"greeting-peter", null, -6, null)),
			Map.entry("telecom-golf", answers(2, null, null, "music-beat", 13, "queue-website", "greeting-lisa")),
			Map.entry("glasvezel-snel",
					new PhoneBehaviour(PhoneBehaviour.Line.ANSWERS, 3, null, null, null, 0, null, "greeting-mark", null,
							0, -42.0)),
			Map.entry("hosting-wolk", answers(1, null, null, "music-calm", 6, null, "greeting-henk")),
			Map.entry("mobiel-plus", answers(3, null, null, "music-melody", 0, "queue-geduld", null)),
			Map.entry("software-kern", answers(2, null, null, null, 0, null, "greeting-jeroen")),
			Map.entry("kabelnet-west", closed(2, "closed-tijden")),
			Map.entry("gemeente-waterdam", answers(3, "ivr-gemeente", "1", "music-calm", 10, null, "greeting-fatima")),
			Map.entry("gemeente-polderveen",
					answers(2, "ivr-gemeente", "3", "music-melody", 6, null, "greeting-anouk")),
			Map.entry("gemeente-duinstad", closed(2, "closed-morgen")),
			// its agent promises to call back, and does, four seconds after the call
			Map.entry("gemeente-heuvelrug", new PhoneBehaviour(PhoneBehaviour.Line.ANSWERS, 6, null, null, null, 0,
					null, "greeting-peter", null, 0, null, 4.0)));

	private static final List<SimulatedOrganisation> ORGANISATIONS = List.of(
			organisation("bank-zuid", "Bank Zuid", "Financials", "088-1110001", "Sanne Bakker",
					new Behaviour(1.0, RFC3834, 1, 4, 8, 1.0, 0.0, 0, OUTLOOK_NL, THREADED)),
			organisation("spaarbank-noord", "Spaarbank Noord", "Financials", "088-1110002", "Daan Visser",
					new Behaviour(1.0, NONE, 0, 10, 16, 0.5, 0.5, 1, GMAIL_NL, THREADED)),
			organisation("verzekeraar-delta", "Verzekeraar Delta", "Financials", "088-1110003", "Lotte Smit",
					new Behaviour(1.0, HEADERLESS, 2, 6, 12, 0.7, 0.3, 0, HTML_ONLY, THREADED)),
			organisation("pensioenfonds-horizon", "Pensioenfonds Horizon", "Financials", "088-1110004", "Bram Mulder",
					new Behaviour(0.0, RFC3834, 1, 5, 5, 0.0, 0.0, 0, OUTLOOK_NL, THREADED)),
			organisation("hypotheekhuis-oost", "Hypotheekhuis Oost", "Financials", "088-1110005", "Emma de Boer",
					new Behaviour(1.0, NONE, 0, 15, 22, 1.0, 0.0, 2, QP_LATIN1, TOKEN_ONLY)),
			organisation("krediet-en-co", "Krediet & Co", "Financials", "088-1110006", "Thijs Meijer",
					new Behaviour(1.0, RFC3834, 1, 3, 6, 0.0, 0.3, 3, APPLE_MAIL_NL, THREADED)),
			organisation("webwinkel-bolder", "Webwinkel Bolder", "Handel", "088-2220001", "Julia de Groot",
					new Behaviour(1.0, HEADERLESS, 1, 2, 5, 1.0, 0.0, 1, GMAIL_NL, THREADED)),
			organisation("modehuis-lente", "Modehuis Lente", "Handel", "088-2220002", "Sem Bos",
					new Behaviour(1.0, NONE, 0, 8, 14, 0.0, 1.0, 2, OUTLOOK_NL, SUBJECT_ONLY)),
			organisation("elektro-vonk", "Elektro Vonk", "Handel", "088-2220003", "Fleur Vos",
					new Behaviour(0.5, RFC3834, 1, 5, 10, 0.6, 0.2, 0, HTML_ONLY, THREADED)),
			organisation("tuincentrum-groen", "Tuincentrum Groen", "Handel", "088-2220004", "Lucas Peters",
					new Behaviour(1.0, NONE, 0, 12, 20, 0.5, 0.3, 1, APPLE_MAIL_NL, TOKEN_ONLY)),
			organisation("boekhandel-pagina", "Boekhandel Pagina", "Handel", "088-2220005", "Anna Hendriks",
					new Behaviour(1.0, RFC3834, 2, 6, 9, 1.0, 0.0, 0, QP_LATIN1, THREADED)),
			organisation("sportzaak-sprint", "Sportzaak Sprint", "Handel", "088-2220006", "Noah van Dijk",
					new Behaviour(0.0, NONE, 0, 5, 5, 0.0, 0.0, 0, GMAIL_NL, THREADED)),
			organisation("telecom-golf", "Telecom Golf", "IT/Telecom", "088-3330001", "Sophie Jansen",
					new Behaviour(1.0, RFC3834, 1, 3, 7, 0.8, 0.2, 1, OUTLOOK_NL, THREADED)),
			organisation("glasvezel-snel", "Glasvezel Snel", "IT/Telecom", "088-3330002", "Milan de Wit",
					new Behaviour(1.0, HEADERLESS, 2, 9, 15, 0.4, 0.4, 2, GMAIL_NL, TOKEN_ONLY)),
			organisation("hosting-wolk", "Hosting Wolk", "IT/Telecom", "088-3330003", "Eva Dekker",
					new Behaviour(1.0, NONE, 0, 2, 4, 1.0, 0.0, 0, APPLE_MAIL_NL, THREADED)),
			organisation("mobiel-plus", "Mobiel Plus", "IT/Telecom", "088-3330004", "Levi Brouwer",
					new Behaviour(0.6, RFC3834, 1, 10, 18, 0.0, 1.0, 3, HTML_ONLY, THREADED)),
			organisation("software-kern", "Software Kern", "IT/Telecom", "088-3330005", "Zoë van Leeuwen",
					new Behaviour(1.0, NONE, 0, 5, 8, 0.0, 0.0, 0, QP_LATIN1, SUBJECT_ONLY)),
			organisation("kabelnet-west", "Kabelnet West", "IT/Telecom", "088-3330006", "Finn Willems",
					new Behaviour(1.0, RFC3834, 1, 16, 24, 0.7, 0.3, 1, OUTLOOK_NL, THREADED)),
			organisation("gemeente-waterdam", "Gemeente Waterdam", "Lokale overheid", "14 0123", "Iris van den Berg",
					new Behaviour(1.0, RFC3834, 1, 7, 12, 0.6, 0.4, 1, OUTLOOK_NL, THREADED)),
			organisation("gemeente-polderveen", "Gemeente Polderveen", "Lokale overheid", "14 0456", "Ruben Kok",
					new Behaviour(1.0, HEADERLESS, 2, 14, 22, 0.0, 1.0, 2, GMAIL_NL, THREADED)),
			organisation("gemeente-duinstad", "Gemeente Duinstad", "Lokale overheid", "14 0789", "Noor Jacobs",
					new Behaviour(0.0, RFC3834, 1, 5, 5, 0.0, 0.0, 0, APPLE_MAIL_NL, THREADED)),
			organisation("gemeente-heuvelrug", "Gemeente Heuvelrug", "Lokale overheid", "14 0321", "Jesse Maas",
					new Behaviour(1.0, NONE, 0, 4, 9, 1.0, 0.0, 0, HTML_ONLY, TOKEN_ONLY)));

	private static final List<SandboxScenario> SCENARIOS = List.of(new SandboxScenario("behandeltermijn",
			"Behandeltermijn en telefonische bereikbaarheid", "Vraag over de behandeling van mijn aanvraag",
			"""
					Goedemiddag,

					Vorige week heb ik een aanvraag bij u ingediend. Binnen hoeveel werkdagen kan ik een reactie verwachten? En op welk telefoonnummer kan ik u bellen als het dringend is?

					Met vriendelijke groet,
					Marieke de Vries""",
			new AnswerKey(List.of(new AnswerFact("behandeltermijn", List.of("vijf werkdagen", "5 werkdagen"), null),
					new AnswerFact("telefoonnummer", List.of(), "\\b(0\\d{2}[- ]?\\d{7}|14 ?0\\d{2,3} ?\\d{0,4})\\b",
							// the wrong answer says the organisation cannot be phoned
							List.of("bellen is helaas niet mogelijk", "alleen per e-mail bereiken")))),
			"Uw aanvraag wordt binnen vijf werkdagen behandeld. Als het dringend is, kunt u ons bellen op {phone}, op werkdagen van 9.00 tot 17.00 uur.",
			"Uw aanvraag wordt binnen vijf werkdagen behandeld.",
			"Uw aanvraag wordt zo snel mogelijk behandeld. Bellen is helaas niet mogelijk, u kunt ons alleen per e-mail bereiken."),
			new SandboxScenario("adreswijziging", "Adreswijziging doorgeven", "Hoe wijzig ik mijn adres?",
					"""
							Beste medewerker,

							Ik ben onlangs verhuisd. Hoe kan ik mijn adres bij u wijzigen, en hoe lang duurt het voordat de wijziging is verwerkt?

							Alvast bedankt,
							Marieke de Vries""",
					new AnswerKey(List.of(
							new AnswerFact("kanaal", List.of("via Mijn Omgeving", "in Mijn Omgeving"), null,
									List.of("per post aan ons doorgeven")),
							new AnswerFact("doorlooptijd", List.of("binnen twee werkdagen", "binnen 2 werkdagen"), null,
									List.of("een paar weken")),
							new AnswerFact("bevestiging",
									List.of("ontvangt u een bevestiging", "krijgt u een bevestiging"), null))),
					"U kunt uw adres zelf wijzigen via Mijn Omgeving op onze website. De wijziging wordt binnen twee werkdagen verwerkt. Daarna ontvangt u een bevestiging per e-mail.",
					"U kunt uw adres zelf wijzigen via Mijn Omgeving op onze website.",
					"Een adreswijziging kunt u per post aan ons doorgeven. Dat duurt meestal een paar weken.",
					// a written question: an address change is confirmed in writing
					Set.of(Channel.EMAIL, Channel.CHAT, Channel.CONTACT_FORM)));

	private SandboxCatalogue() {
	}

	private static ChatBehaviour chat(WidgetKind widget, Placement placement, Presence presence, boolean preChatForm,
			String botName, Integer botReplyMillis, Integer typingMillis, String agentName, Integer agentReplyMillis,
			AnswerQuality quality, int errorsPerReply, Integer endAfterMillis, boolean hostile) {
		return new ChatBehaviour(widget, placement, presence, preChatForm, botName, botReplyMillis, typingMillis,
				agentName, agentReplyMillis, quality, errorsPerReply, endAfterMillis, hostile);
	}

	private static SimulatedOrganisation organisation(String key, String name, String sector, String phone,
			String agent, Behaviour behaviour) {
		return new SimulatedOrganisation(key, name, sector, "klantenservice@" + key + ".example", phone, agent,
				behaviour, CHATS.get(key), FORMS.get(key), PHONES.get(key));
	}

	private static PhoneBehaviour answers(double ring, String menu, String digits, String music, double hold,
			String announcement, String agent) {
		return new PhoneBehaviour(PhoneBehaviour.Line.ANSWERS, ring, menu, digits, music, hold, announcement, agent,
				null, 0, null);
	}

	private static PhoneBehaviour closed(double ring, String message) {
		return new PhoneBehaviour(PhoneBehaviour.Line.ANSWERS, ring, null, null, null, 0, null, null, message, 0, null);
	}

	private static PhoneBehaviour line(PhoneBehaviour.Line line) {
		return new PhoneBehaviour(line, 0, null, null, null, 0, null, null, null, 0, null);
	}

	/**
	 * @param number a number in international form
	 * @return the organisation whose line it is
	 */
	public static Optional<SimulatedOrganisation> organisationCalled(String number) {
		return ORGANISATIONS.stream()
			.filter((organisation) -> organisation.phoneLine() != null && organisation.e164().equals(number))
			.findFirst();
	}

	public static List<SimulatedOrganisation> organisations() {
		return ORGANISATIONS;
	}

	public static List<SandboxScenario> scenarios() {
		return SCENARIOS;
	}

	public static Optional<SimulatedOrganisation> organisation(String key) {
		return ORGANISATIONS.stream().filter((organisation) -> organisation.key().equals(key)).findFirst();
	}

	public static Optional<SimulatedOrganisation> organisationAt(String address) {
		return ORGANISATIONS.stream()
			.filter((organisation) -> organisation.address().equalsIgnoreCase(address))
			.findFirst();
	}

}
