package nl.schaduwklant.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.schaduwklant.SchaduwklantApplication;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.MysteryMailbox;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.probes.internal.ProbeLifecycle;
import nl.schaduwklant.probes.internal.ProbeRunRepository;
import nl.schaduwklant.scheduler.AnswerFact;
import nl.schaduwklant.scheduler.AnswerKey;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.Endpoints;
import nl.schaduwklant.scheduler.OpeningHours;
import nl.schaduwklant.scheduler.ProbeDue;
import nl.schaduwklant.scheduler.ProbeScenario;
import nl.schaduwklant.scheduler.ProbeTarget;
import nl.schaduwklant.scoring.Measurements;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood: {@value #REPLIES} replies land in the mystery mailbox at once on a node with a
 * pool of {@value #CONNECTIONS} database connections. Every one must be scored, with no
 * connection time-out; prints the time to score them all, peak threads and heap, and the
 * scoring throughput against raw LanguageTool on the same texts in the same run, and
 * writes them to {@code docs/benchmarks.md}. Not part of the test suite: run it with
 * {@code scripts/bench-pipeline}.
 */
class FloodBenchmark {

	static final int REPLIES = Integer.getInteger("bench.flood.replies", 2000);

	/**
	 * Replies scored first, in their own campaign and not counted, so that the flood
	 * measures a node that has been running (as a real one has) rather than the JIT
	 * compiling LanguageTool.
	 */
	static final int WARM_UP = Integer.getInteger("bench.flood.warm-up", 200);

	static final int CONNECTIONS = 5;

	@Test
	void scoreAFloodOfRepliesWithFiveConnections() throws Exception {
		List<String> all = ReplyTexts.generate(WARM_UP + REPLIES);
		List<String> warmUp = all.subList(0, WARM_UP);
		List<String> texts = all.subList(WARM_UP, all.size());
		FloodResult result;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SchaduwklantApplication.class)
			.web(WebApplicationType.NONE)
			.profiles("test")
			.run("--spring.datasource.hikari.maximum-pool-size=" + CONNECTIONS,
					"--spring.datasource.hikari.connection-timeout=30000", "--schaduwklant.capacity.contacts=1",
					"--schaduwklant.capacity.listener-workers=1", "--spring.task.scheduling.pool.size=1",
					"--schaduwklant.probes.browser.max-browsers=1", "--schaduwklant.scoring.language.instances=1",
					"--spring.datasource.url=jdbc:h2:mem:bench-flood;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
							+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
					"--logging.level.nl.schaduwklant=WARN")) {
			flood(context, warmUp);
			result = flood(context, texts);
		}
		Duration raw = rawLanguageTool(texts);
		Duration rawBesideBusyCore = besideABusyCore(() -> rawLanguageTool(texts));
		String report = report(result, raw, rawBesideBusyCore);
		System.out.println(report);
		BenchmarkReport.write(Path.of(System.getProperty("bench.output", "../docs/benchmarks.md")), "flood", report);
		assertThat(result.scored()).as("every reply scored").isEqualTo(REPLIES);
	}

	private FloodResult flood(ConfigurableApplicationContext context, List<String> texts) throws Exception {
		UUID campaign = UUID.randomUUID();
		List<String> tokens = awaitingProbes(context, campaign, texts.size());
		MysteryMailbox mailbox = context.getBean(MysteryMailbox.class);
		Measurements measurements = context.getBean(Measurements.class);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		ConnectionTimeouts timeouts = new ConnectionTimeouts(context);
		var threads = ManagementFactory.getThreadMXBean();
		threads.resetPeakThreadCount();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

		long started = System.nanoTime();
		deliver(mailbox, tokens, texts);
		long delivered = System.nanoTime();
		Instant giveUp = Instant.now().plus(Duration.ofMinutes(30));
		int scored = 0;
		while (Instant.now().isBefore(giveUp)) {
			// a count, not the measurements themselves: following the flood must not
			// cost more the further it is
			scored = jdbc.queryForObject("select count(*) from measurement where campaign_id = ?", Integer.class,
					campaign);
			if (scored >= texts.size()) {
				break;
			}
			// a benchmark following progress, not a test waiting for correctness: the
			// time to the last measurement is at most this much late, 0.1 % of a flood
			Thread.sleep(200);
		}
		long done = System.nanoTime();
		scored = measurements.forCampaign(campaign).size();
		long peakHeap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
		return new FloodResult(scored, Duration.ofNanos(delivered - started), Duration.ofNanos(done - started),
				threads.getPeakThreadCount(), peakHeap, timeouts.count(),
				context.getBean(ProbeRuns.class).progress(campaign).byState().getOrDefault(ProbeState.SCORED, 0));
	}

	/**
	 * Probes that have contacted their organisation and await its answer, as after a
	 * campaign's sending.
	 */
	private static List<String> awaitingProbes(ConfigurableApplicationContext context, UUID campaign, int count) {
		ProbeLifecycle lifecycle = context.getBean(ProbeLifecycle.class);
		ProbeRunRepository repository = context.getBean(ProbeRunRepository.class);
		TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
		var scenario = new ProbeScenario(UUID.randomUUID(), "Verhuizing", "Vraag over mijn verhuizing",
				"Ik verhuis volgende maand. Hoe geef ik mijn nieuwe adres door?",
				new AnswerKey(List.of(new AnswerFact("online", List.of("online", "website", "mijn omgeving"), null))));
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			var target = new ProbeTarget(UUID.randomUUID(), "Organisatie " + i, "Bench",
					new Endpoints("klantenservice@org-" + i + ".example"), OpeningHours.officeHours(), List.of());
			var due = new ProbeDue(UUID.randomUUID(), campaign, Channel.EMAIL, target, scenario,
					Instant.now().plus(Duration.ofDays(365)), Duration.ofDays(7), 1.0);
			lifecycle.plan(due);
			UUID id = repository.findBySlotId(due.slotId()).orElseThrow().getId();
			transactions.executeWithoutResult((status) -> {
				lifecycle.claim(id);
				lifecycle.markIrreversibleStep(id, 1, "handing the e-mail to the SMTP server (benchmark)");
				lifecycle.record(id, new ContactResult.Contacted(Instant.now(), "PROBE_CLOCK", "benchmark", null),
						false);
			});
			tokens.add(repository.findById(id).orElseThrow().getToken());
		}
		return tokens;
	}

	private static void deliver(MysteryMailbox mailbox, List<String> tokens, List<String> texts) throws Exception {
		Properties settings = new Properties();
		settings.put("mail.smtp.host", mailbox.smtpHost());
		settings.put("mail.smtp.port", String.valueOf(mailbox.smtpPort()));
		Session session = Session.getInstance(settings);
		try (Transport transport = session.getTransport("smtp")) {
			transport.connect(mailbox.smtpHost(), mailbox.smtpPort(), null, null);
			for (int i = 0; i < tokens.size(); i++) {
				MimeMessage reply = new MimeMessage(session);
				reply.setFrom(new InternetAddress("klantenservice@org-" + i + ".example", "Klantenservice " + i));
				reply.setRecipient(Message.RecipientType.TO, new InternetAddress(mailbox.address()));
				reply.setSubject("Re: Vraag over mijn verhuizing [" + tokens.get(i) + "]", "UTF-8");
				reply.setText(texts.get(i), "UTF-8");
				reply.saveChanges();
				transport.sendMessage(reply, reply.getAllRecipients());
			}
		}
	}

	/**
	 * Raw LanguageTool on the same texts, with as many instances as the node had (one).
	 */
	private static Duration rawLanguageTool(List<String> texts) throws IOException {
		JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode("nl-NL"));
		tool.check("Dit is een korte zin om de woordenlijsten te laden.");
		long started = System.nanoTime();
		for (String text : texts) {
			tool.check(text);
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

	/**
	 * Runs the work while another thread keeps a core busy with nothing but arithmetic,
	 * to show how much the machine's cores slow each other down.
	 */
	private static Duration besideABusyCore(Measured work) throws IOException {
		var stop = new java.util.concurrent.atomic.AtomicBoolean();
		Thread spinner = new Thread(() -> {
			long x = 0;
			while (!stop.get()) {
				x = x * 31 + 7;
			}
			if (x == 42) {
				System.out.println(x);
			}
		}, "busy-core");
		spinner.setDaemon(true);
		spinner.start();
		try {
			return work.run();
		}
		finally {
			stop.set(true);
		}
	}

	@FunctionalInterface
	private interface Measured {

		Duration run() throws IOException;

	}

	private static String report(FloodResult result, Duration raw, Duration rawBesideBusyCore) {
		double pipeline = REPLIES * 1000.0 / result.total().toMillis();
		double rawRate = REPLIES * 1000.0 / raw.toMillis();
		double contendedRate = REPLIES * 1000.0 / rawBesideBusyCore.toMillis();
		var out = new StringBuilder();
		out.append("## Flood: replies landing at once\n\n");
		out.append(String.format(Locale.ROOT,
				"`scripts/bench-pipeline`, %s, %d cores. %d human replies (Dutch, 40 to 90 words, some with known"
						+ " language errors) delivered over SMTP to the mystery mailbox at once, each matching an"
						+ " e-mail probe awaiting its answer, on a node with **%d database connections**, one contact"
						+ " worker per resource, one listener worker, one LanguageTool instance and one scheduling"
						+ " thread (the start-up check accepts exactly this). Before the flood, %d other replies"
						+ " were scored the same way and not counted, so that the figures are those of a node that"
						+ " has been running rather than of the JIT compiler. Raw LanguageTool checked the flood's"
						+ " texts with one instance in the same JVM afterwards.%n%n",
				Instant.now().toString().substring(0, 10), Runtime.getRuntime().availableProcessors(), REPLIES,
				CONNECTIONS, WARM_UP));
		out.append("| Figure | Value |\n|---|---:|\n");
		out.append(String.format(Locale.ROOT, "| Replies delivered | %d in %.1f s |%n", REPLIES,
				result.delivery().toMillis() / 1000.0));
		out.append(String.format(Locale.ROOT, "| Replies scored | %d (probes SCORED: %d) |%n", result.scored(),
				result.probesScored()));
		out.append(String.format(Locale.ROOT, "| Time from first delivery to the last measurement | %.1f s |%n",
				result.total().toMillis() / 1000.0));
		out.append(String.format(Locale.ROOT, "| Connection time-outs | %s |%n", result.connectionTimeouts()));
		out.append(String.format(Locale.ROOT, "| Peak threads | %d |%n", result.peakThreads()));
		out.append(String.format(Locale.ROOT, "| Peak heap | %.0f MiB |%n", result.peakHeap() / 1048576.0));
		out.append(String.format(Locale.ROOT,
				"| Pipeline: replies read, matched, checked, scored and stored per s | %.1f |%n", pipeline));
		out.append(String.format(Locale.ROOT, "| Raw LanguageTool: texts checked per s | %.1f |%n", rawRate));
		out.append(
				String.format(Locale.ROOT, "| Pipeline throughput / raw LanguageTool (goal ≥ 90 %%) | **%.0f %%** |%n",
						100.0 * pipeline / rawRate));
		out.append(String.format(Locale.ROOT,
				"| Raw LanguageTool while another thread keeps the other core busy: texts checked per s | %.1f"
						+ " (%.0f %% of alone) |%n",
				contendedRate, 100.0 * contendedRate / rawRate));
		return out.toString();
	}

	record FloodResult(int scored, Duration delivery, Duration total, int peakThreads, long peakHeap,
			String connectionTimeouts, int probesScored) {
	}

}
