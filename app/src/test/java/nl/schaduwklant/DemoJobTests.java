package nl.schaduwklant;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schaduwklant.probes.CampaignProgress;
import nl.schaduwklant.probes.ChannelProbe;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.IrreversibleStep;
import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.reports.BenchmarkRun;
import nl.schaduwklant.reports.ReportLauncher;
import nl.schaduwklant.reports.ReportsProperties;
import nl.schaduwklant.reports.SectorBenchmark;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SandboxSites;
import nl.schaduwklant.sandbox.SimulatedOrganisation;
import nl.schaduwklant.scheduler.Campaigns;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.Organisations;
import nl.schaduwklant.scheduler.ProbeTarget;
import nl.schaduwklant.scheduler.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main job: the demo campaign against the sandbox with its progress line, its
 * benchmark, the printed summary and the CSV files, and what it says when it stops early.
 * The campaigns here are small (one organisation per sector, one question); the demo's
 * own campaign is the whole sandbox.
 */
@SchaduwklantTest
class DemoJobTests {

	private static final Pattern PROGRESS = Pattern.compile("Voortgang: (\\d+)/(\\d+) afgerond \u2014 (.*)");

	@Autowired
	private Organisations organisations;

	@Autowired
	private Scenarios scenarios;

	@Autowired
	private Campaigns campaigns;

	@Autowired
	private ProbeRuns probes;

	@Autowired
	private SandboxSites sites;

	@Autowired
	private List<ChannelProbe> channelProbes;

	@Autowired
	private ReportLauncher reports;

	@Autowired
	private MessageSource messages;

	@Autowired
	private nl.schaduwklant.scoring.CampaignVerdicts verdicts;

	@Autowired
	private ApplicationContext context;

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	@Test
	void shouldRunTheWholeSandboxUnlessToldToRunLess() {
		var whole = new DemoCampaign(this.organisations, this.scenarios, this.campaigns, this.probes,
				this.channelProbes, this.sites, DemoProperties.defaults(), Clock.systemUTC());
		assertThat(whole.targets()).isEqualTo(SandboxCatalogue.organisations());
		assertThat(whole.questions()).isEqualTo(SandboxCatalogue.scenarios());

		var small = new DemoCampaign(this.organisations, this.scenarios, this.campaigns, this.probes,
				this.channelProbes, this.sites,
				properties(Duration.ofMinutes(1), Locale.forLanguageTag("nl-NL"), Set.of()), Clock.systemUTC());
		assertThat(small.targets()).extracting(SimulatedOrganisation::key)
			.as("per sector the first organisation reachable on every channel")
			.containsExactly("pensioenfonds-horizon", "tuincentrum-groen", "telecom-golf", "gemeente-heuvelrug");
		assertThat(small.questions()).extracting((question) -> question.key()).containsExactly("behandeltermijn");
	}

	@Test
	void shouldShowItsProgressThenSummariseThePerSectorAndChannelFiguresAndExitWithZero(@TempDir Path output)
			throws Exception {
		DemoJob job = job(properties(Duration.ofMinutes(5), Locale.forLanguageTag("nl-NL"), Set.of()), this.probes,
				output);

		int exitCode = job.runDemo();

		String out = printed();
		assertThat(exitCode).as(out).isEqualTo(DemoJob.DONE);
		List<String> progress = out.lines().filter(PROGRESS.asPredicate()).toList();
		assertThat(progress).as("progress lines, only when the numbers change").isNotEmpty().doesNotHaveDuplicates();
		assertThat(settledCounts(progress)).isSorted();
		assertThat(progress.get(progress.size() - 1))
			.isEqualTo("Voortgang: 15/15 afgerond \u2014 telefoon 4/4, e-mail 4/4, chat 4/4, formulier 3/3");
		assertThat(out).doesNotContain("Exception", "\tat ")
			.contains("Schaduwklant demo: campagne", "(15 metingen", "Branche", "Kanaal", "Beschikbaar", "Respons",
					"Mediane reactietijd", "Binnen 15 s", "Taalfouten/100 woorden", "Oplossend vermogen",
					"Financials / Telefoon, Financials / E-mail, Financials / Chat, Financials / Formulier, "
							+ "Handel / Telefoon, Handel / E-mail, Handel / Chat, IT/Telecom / Telefoon, "
							+ "IT/Telecom / E-mail, IT/Telecom / Chat, Lokale overheid / Telefoon, "
							+ "Lokale overheid / E-mail, Lokale overheid / Chat, "
							+ "Lokale overheid / Formulier: onderdrukt, minder dan 5 organisaties",
					"Berekend uit 14 metingen")
			.containsPattern("Financials \\*\\s+Formulier\\s+1\\s+1\\s+onderdrukt")
			.containsPattern("IT/Telecom \\*\\s+Chat\\s+1\\s+1\\s+onderdrukt")
			.doesNotContain("Samenvatting van wat tot nu toe is gemeten");
		assertThat(out).as("the verdicts per profile and clause, each organisation below the minimum sample")
			.contains("Normoordelen", "Voldoet niet", "Te weinig metingen", "nen-8878 v1", "email-one-working-day v1",
					"/measurements.csv")
			.containsPattern("chat-two-minutes v1\\s+person-within-2-minutes\\s+0\\s+0\\s+4\\s+0\\s+0")
			.containsPattern("nen-8878 v1\\s+callback-promises-kept\\s+0\\s+0\\s+\\d");
		assertThat(out.indexOf(progress.get(progress.size() - 1))).isLessThan(out.indexOf("Branche"));
		Path sectors = output.resolve(csvName(out, "sectors"));
		assertThat(out).contains(sectors.toAbsolutePath().toString());
		assertThat(Files.readString(sectors, StandardCharsets.UTF_8)).startsWith("\uFEFFBranche;Kanaal;Meetwaarde")
			.contains("IT/Telecom;Chat;Beschikbaarheid;%;1;1;");
	}

	@Test
	void shouldSayInOneSentenceThatTheTimeoutPassedAndStillSummariseWhatWasMeasured(@TempDir Path output) {
		DemoJob job = job(properties(Duration.ZERO, Locale.ENGLISH, Set.of(Channel.EMAIL)), this.probes, output);

		int exitCode = job.runDemo();

		String out = printed();
		assertThat(exitCode).as(out).isEqualTo(DemoJob.TIMED_OUT);
		assertThat(out.lines()).contains("Progress: 0/4 settled \u2014 e-mail 0/4",
				"The demo stopped after 0 seconds: 4 probes (e-mail) were not settled yet.",
				"Summary of what was measured so far (the campaign did not finish):");
		assertThat(out).contains("Schaduwklant demo: campaign", "Sector", "Channel", "Computed from", "CSV: ")
			.doesNotContain("Exception", "\tat ");
	}

	@Test
	void shouldSayInOneSentenceWhyItCouldNotFollowTheCampaignAndStillSummariseWhatWasMeasured(@TempDir Path output) {
		DemoJob job = job(properties(Duration.ofMinutes(1), Locale.forLanguageTag("nl-NL"), Set.of(Channel.EMAIL)),
				new StarvedProbeRuns(this.probes), new OnceStarvedReports(this.reports), output);

		int exitCode = job.runDemo();

		String out = printed();
		assertThat(exitCode).as(out).isEqualTo(DemoJob.FAILED);
		assertThat(out.lines()).contains(
				"De demo is gestopt omdat de campagne niet meer te volgen was: HikariPool-1 - Connection is not "
						+ "available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=3).",
				"Samenvatting van wat tot nu toe is gemeten (de campagne is niet afgerond):");
		assertThat(out).contains("Schaduwklant demo: campagne", "Branche", "Kanaal", "Berekend uit", "CSV: ")
			.doesNotContain("Exception", "\tat ", "Voortgang", "Er is geen samenvatting");
	}

	@Test
	void shouldSayInOneSentenceWhichChannelCannotMeasureOnThisMachineAndContactNobody(@TempDir Path output) {
		List<ChannelProbe> withoutBrowser = this.channelProbes.stream()
			.map((probe) -> (probe.channel() == Channel.CHAT) ? new WithoutBrowser(probe) : probe)
			.toList();
		int campaignsBefore = this.campaigns.list().size();
		DemoJob job = job(properties(Duration.ofMinutes(1), Locale.forLanguageTag("nl-NL"), Set.of()), this.probes,
				this.reports, withoutBrowser, output);

		int exitCode = job.runDemo();

		String out = printed();
		assertThat(exitCode).as(out).isEqualTo(DemoJob.FAILED);
		assertThat(out.lines().findFirst()).contains("De demo start niet: chat kan op deze machine niet meten: "
				+ "ChromeDriver is niet ge\u00efnstalleerd op /nergens/chromedriver (Debian: apt-get install chromium "
				+ "chromium-driver, of scripts/ensure-chromium).");
		assertThat(out).doesNotContain("Exception", "\tat ", "Voortgang", "Branche");
		assertThat(this.campaigns.list()).as("no campaign started").hasSize(campaignsBefore);
	}

	@Test
	void shouldNameAChannelThisNodeHasNoProbeForInsteadOfStartingTheCampaign(@TempDir Path output) {
		int campaignsBefore = this.campaigns.list().size();
		DemoJob job = job(properties(Duration.ofMinutes(1), Locale.ENGLISH, Set.of(Channel.EMAIL, Channel.SOCIAL)),
				this.probes, output);

		int exitCode = job.runDemo();

		String out = printed();
		assertThat(exitCode).as(out).isEqualTo(DemoJob.FAILED);
		assertThat(out.lines().findFirst())
			.contains("The demo does not start: social media cannot measure on this machine: this node has no probe"
					+ " for this channel.");
		assertThat(this.campaigns.list()).hasSize(campaignsBefore);
	}

	private DemoProperties properties(Duration timeout, Locale locale, Set<Channel> channels) {
		return new DemoProperties(true, false, Duration.ofSeconds(12), timeout, locale, 1, List.of("behandeltermijn"),
				channels, Duration.ofMillis(200), Duration.ZERO, false);
	}

	private DemoJob job(DemoProperties properties, ProbeRuns probes, Path output) {
		return job(properties, probes, this.reports, output);
	}

	private DemoJob job(DemoProperties properties, ProbeRuns probes, ReportLauncher reports, Path output) {
		return job(properties, probes, reports, this.channelProbes, output);
	}

	private DemoJob job(DemoProperties properties, ProbeRuns probes, ReportLauncher reports,
			List<ChannelProbe> channelProbes, Path output) {
		return new DemoJob(this.organisations, this.scenarios, this.campaigns, probes, channelProbes, this.sites,
				reports, new ReportsProperties(5, output), this.verdicts, properties, this.messages, this.context,
				Clock.systemUTC(), new PrintStream(this.printed, true, StandardCharsets.UTF_8), false);
	}

	private String printed() {
		return this.printed.toString(StandardCharsets.UTF_8);
	}

	private static List<Integer> settledCounts(List<String> progress) {
		return progress.stream().map((line) -> {
			Matcher matcher = PROGRESS.matcher(line);
			assertThat(matcher.matches()).isTrue();
			assertThat(matcher.group(2)).isEqualTo("15");
			return Integer.parseInt(matcher.group(1));
		}).toList();
	}

	private static String csvName(String out, String kind) {
		Matcher matcher = Pattern.compile("(benchmark-[0-9a-f-]+-" + kind + "\\.csv)").matcher(out);
		assertThat(matcher.find()).as(out).isTrue();
		return matcher.group(1);
	}

	private static CannotGetJdbcConnectionException noConnectionLeft() {
		return new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out "
						+ "after 30000ms (total=10, active=10, idle=0, waiting=3)."));
	}

	/**
	 * A browser channel on a machine where ChromeDriver is not installed; it must never
	 * be asked to make a contact.
	 */
	private record WithoutBrowser(ChannelProbe probe) implements ChannelProbe {

		@Override
		public Channel channel() {
			return this.probe.channel();
		}

		@Override
		public int concurrency() {
			return this.probe.concurrency();
		}

		@Override
		public Optional<MessageSourceResolvable> unavailable() {
			return Optional.of(new DefaultMessageSourceResolvable(new String[] { "probes.browser.missing" },
					new Object[] { "ChromeDriver", "/nergens/chromedriver" }));
		}

		@Override
		public ContactResult contact(ProbeContact contact, IrreversibleStep step) {
			throw new AssertionError("a channel that cannot measure here was asked to contact " + contact.target());
		}

		@Override
		public ContactResult reconcile(ProbeContact contact) {
			throw new AssertionError("nothing to reconcile");
		}

		@Override
		public Optional<Instant> observedUntil() {
			return this.probe.observedUntil();
		}

	}

	/**
	 * The reports when the database has no connection left to give the first time the
	 * benchmark is run, and has one again the next time.
	 */
	private static final class OnceStarvedReports implements ReportLauncher {

		private final ReportLauncher reports;

		private boolean starved = true;

		private OnceStarvedReports(ReportLauncher reports) {
			this.reports = reports;
		}

		@Override
		public BenchmarkRun runBenchmark(UUID campaignId) {
			if (this.starved) {
				this.starved = false;
				throw noConnectionLeft();
			}
			return this.reports.runBenchmark(campaignId);
		}

		@Override
		public SectorBenchmark latestBenchmark(UUID campaignId) {
			return this.reports.latestBenchmark(campaignId);
		}

		@Override
		public SectorBenchmark benchmark(UUID campaignId, long run) {
			return this.reports.benchmark(campaignId, run);
		}

		@Override
		public byte[] sectorFiguresCsv(UUID campaignId, Locale locale) {
			return this.reports.sectorFiguresCsv(campaignId, locale);
		}

		@Override
		public byte[] organisationRanksCsv(UUID campaignId, Locale locale) {
			return this.reports.organisationRanksCsv(campaignId, locale);
		}

	}

	/**
	 * The probes as seen when the database has no connection left to give.
	 */
	private record StarvedProbeRuns(ProbeRuns probes) implements ProbeRuns {

		@Override
		public CampaignProgress progress(UUID campaignId) {
			throw noConnectionLeft();
		}

		@Override
		public ProbeSummary get(UUID id) {
			return this.probes.get(id);
		}

		@Override
		public ProbeTarget target(UUID id) {
			return this.probes.target(id);
		}

		@Override
		public List<ProbeSummary> byCampaign(UUID campaignId) {
			return this.probes.byCampaign(campaignId);
		}

		@Override
		public List<ProbeSummary> needingReview() {
			return this.probes.needingReview();
		}

		@Override
		public List<ProbeSummary> callsTo(String number, java.time.Instant since) {
			return this.probes.callsTo(number, since);
		}

		@Override
		public void markScored(UUID probeId) {
			this.probes.markScored(probeId);
		}

	}

}
