package nl.schaduwklant.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.schaduwklant.sandbox.Contact;
import nl.schaduwklant.sandbox.ContactKind;
import nl.schaduwklant.sandbox.Contacts;
import tools.jackson.databind.JsonNode;

/**
 * What the kill test saw: each kill with the probes in flight, and at the end each
 * probe's state beside the contacts the sandbox recorded for its token.
 */
final class KillReport {

	private final int planned;

	private final Instant started;

	private final List<Kill> kills = new ArrayList<>();

	private Instant finishedAt;

	private Map<String, String> finalStates = Map.of();

	private Map<String, Long> contactsByToken = Map.of();

	private List<ProbeRef> probes = List.of();

	KillReport(int planned, Instant started) {
		this.planned = planned;
		this.started = started;
	}

	Kill killed(int number, Instant at, List<JsonNode> before) {
		List<ProbeRef> inFlight = before.stream()
			.filter((probe) -> probe.get("state").asString().equals("SENDING"))
			.map(ProbeRef::of)
			.toList();
		Map<String, Long> states = before.stream()
			.collect(Collectors.groupingBy((probe) -> probe.get("state").asString(), TreeMap::new,
					Collectors.counting()));
		Kill kill = new Kill(number, Duration.between(this.started, at), inFlight, states);
		this.kills.add(kill);
		return kill;
	}

	void finished(Instant at, List<JsonNode> last, List<Contact> contacts) {
		this.finishedAt = at;
		this.probes = last.stream().map(ProbeRef::of).toList();
		this.finalStates = last.stream()
			.collect(Collectors.toMap((probe) -> probe.get("token").asString(),
					(probe) -> probe.get("state").asString()));
		Map<String, Long> counts = new TreeMap<>();
		for (ProbeRef probe : this.probes) {
			long count = Contacts.perToken(contacts, ContactKind.valueOf(probe.channel()))
				.getOrDefault(probe.token(), 0L);
			counts.put(probe.token(), count);
		}
		this.contactsByToken = counts;
	}

	/**
	 * @return planned probes not settled at the end (or missing)
	 */
	long lost() {
		long settled = this.finalStates.values().stream().filter(KillBenchmark.SETTLED::contains).count();
		return this.planned - settled;
	}

	long contactedMoreThanOnce() {
		return this.contactsByToken.values().stream().filter((count) -> count > 1).count();
	}

	String render() {
		StringBuilder out = new StringBuilder();
		out.append("## Kill test\n\n");
		out.append(String.format(Locale.ROOT,
				"`scripts/bench-kill`, %s, %d cores, %s %s. The sandbox in its own process; one application node"
						+ " (PostgreSQL, external sandbox) SIGKILLed at random moments (2 to 15 s apart) and"
						+ " restarted, %d times, during a campaign of %d probes by e-mail, chat and contact form"
						+ " against the sandbox's %d organisations and %d questions (reply deadline "
						+ System.getProperty("bench.reply-deadline", "PT90S") + "). Contacts"
						+ " are counted from the sandbox's own records on disk (`mail.jsonl`, `chat.jsonl`,"
						+ " `form.jsonl`) by probe token. *In flight* are the probes in SENDING just before the"
						+ " kill.%n%n",
				this.started.toString().substring(0, 10), Runtime.getRuntime().availableProcessors(),
				System.getProperty("os.name"), System.getProperty("os.arch"), this.kills.size(), this.planned,
				nl.schaduwklant.sandbox.SandboxCatalogue.organisations().size(),
				nl.schaduwklant.sandbox.SandboxCatalogue.scenarios().size()));
		out.append(
				"| Kill | At (s) | Probes by state before | In flight | Restart (s) | How the probes in flight ended |\n");
		out.append("|---:|---:|---|---:|---:|---|\n");
		for (Kill kill : this.kills) {
			out.append(String.format(Locale.ROOT, "| %d | %.1f | %s | %d | %.1f | %s |%n", kill.number(),
					kill.at().toMillis() / 1000.0, kill.states(), kill.inFlight().size(),
					(kill.restart != null) ? kill.restart.toMillis() / 1000.0 : Double.NaN, ended(kill)));
		}
		Map<String, Long> byState = this.finalStates.values()
			.stream()
			.collect(Collectors.groupingBy((state) -> state, TreeMap::new, Collectors.counting()));
		Map<Long, Long> distribution = this.contactsByToken.values()
			.stream()
			.collect(Collectors.groupingBy((count) -> count, TreeMap::new, Collectors.counting()));
		List<String> doubles = this.probes.stream()
			.filter((probe) -> this.contactsByToken.getOrDefault(probe.token(), 0L) > 1)
			.map((probe) -> probe.token() + " " + probe.channel() + " ×" + this.contactsByToken.get(probe.token())
					+ " → " + this.finalStates.get(probe.token()))
			.toList();
		long inFlight = this.kills.stream().mapToLong((kill) -> kill.inFlight().size()).sum();
		out.append(String.format(Locale.ROOT,
				"%n**Summary.** %d kills in %.0f s; %d probes planned, %d at the end: %s. Probes contacted more than"
						+ " once: **%d** (goal 0)%s. Probes lost (not settled at the end): **%d** (goal 0)."
						+ " Contacts per probe (contacts: probes): %s. Probes in flight at a kill: %d.%n",
				this.kills.size(),
				Duration.between(this.started, (this.finishedAt != null) ? this.finishedAt : Instant.now()).toMillis()
						/ 1000.0,
				this.planned, this.probes.size(), byState, contactedMoreThanOnce(),
				doubles.isEmpty() ? "" : " (" + String.join("; ", doubles) + ")", lost(), distribution, inFlight));
		return out.toString();
	}

	private String ended(Kill kill) {
		if (kill.inFlight().isEmpty()) {
			return "–";
		}
		return kill.inFlight()
			.stream()
			.map((probe) -> probe.token() + " " + probe.channel() + " → "
					+ this.finalStates.getOrDefault(probe.token(), "?") + ", "
					+ this.contactsByToken.getOrDefault(probe.token(), 0L) + " contact(s)")
			.collect(Collectors.joining("; "));
	}

	/**
	 * A probe, as the API lists it.
	 *
	 * @param id its id
	 * @param token its token
	 * @param channel its channel
	 */
	record ProbeRef(String id, String token, String channel) {

		static ProbeRef of(JsonNode probe) {
			return new ProbeRef(probe.get("id").asString(), probe.get("token").asString(),
					probe.get("channel").asString());
		}

	}

	/**
	 * One kill.
	 */
	static final class Kill {

		private final int number;

		private final Duration at;

		private final List<ProbeRef> inFlight;

		private final Map<String, Long> states;

		private Duration restart;

		Kill(int number, Duration at, List<ProbeRef> inFlight, Map<String, Long> states) {
			this.number = number;
			this.at = at;
			this.inFlight = inFlight;
			this.states = states;
		}

		void restartedIn(Duration restart) {
			this.restart = restart;
		}

		int number() {
			return this.number;
		}

		Duration at() {
			return this.at;
		}

		List<ProbeRef> inFlight() {
			return this.inFlight;
		}

		Map<String, Long> states() {
			return this.states;
		}

		String line() {
			return String.format(Locale.ROOT, "kill %d at +%.1f s: %s; in flight %s; restarted in %.1f s", this.number,
					this.at.toMillis() / 1000.0, this.states,
					this.inFlight.stream().map((probe) -> probe.token() + " " + probe.channel()).toList(),
					this.restart.toMillis() / 1000.0);
		}

	}

}
