package nl.schaduwklant;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import nl.schaduwklant.reports.BenchmarkMetric;
import nl.schaduwklant.reports.BenchmarkRun;
import nl.schaduwklant.reports.SectorBenchmark;
import nl.schaduwklant.reports.SectorFigure;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.CampaignStatus;
import nl.schaduwklant.scheduler.Channel;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's summary table: one row per sector and channel with the figures formatted for
 * the demo's language, and suppressed figures marked and explained.
 */
class DemoSummaryTests {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	private final CampaignDetails campaign = new CampaignDetails(UUID.randomUUID(), "Demo 2026-03-02 10:00:00",
			CampaignStatus.RUNNING, List.of(), List.of(), Set.of(Channel.EMAIL, Channel.CHAT), Duration.ofSeconds(40),
			0.75, NOW, NOW, 96);

	private final SectorBenchmark benchmark = new SectorBenchmark(
			new BenchmarkRun(this.campaign.id(), 1, "COMPLETED", NOW, NOW, 72, "ab12"), 5,
			List.of(figure("Financials", Channel.EMAIL, BenchmarkMetric.RESPONSE_RATE, 0.8333, null, null),
					figure("Financials", Channel.EMAIL, BenchmarkMetric.TIME_TO_FIRST_HUMAN_REPLY, 0.8333, 9.5, 8.26),
					figure("Financials", Channel.EMAIL, BenchmarkMetric.LANGUAGE_ERRORS_PER_100_WORDS, 0.8333, 1.234,
							1.0),
					figure("Financials", Channel.EMAIL, BenchmarkMetric.RESOLUTION, 0.8333, 0.5, 0.5),
					figure("Financials", Channel.CHAT, BenchmarkMetric.RESPONSE_RATE, 1.0, null, null),
					figure("Financials", Channel.CHAT, BenchmarkMetric.AVAILABILITY, 1.0, 0.9, 1.0),
					figure("Financials", Channel.PHONE, BenchmarkMetric.RESPONSE_RATE, 0.8333, null, null),
					figure("Financials", Channel.PHONE, BenchmarkMetric.TIME_TO_FIRST_HUMAN_REPLY, 0.8333, 14.0, 12.44),
					figure("Financials", Channel.PHONE, BenchmarkMetric.LIVE_AGENT_WITHIN_15_SECONDS, 0.8333, 0.6667,
							1.0),
					new SectorFigure("Lokale overheid", Channel.EMAIL, BenchmarkMetric.RESPONSE_RATE, 4, 8, null, null,
							null, null, null, null, true)),
			List.of());

	@Test
	void shouldPrintARowPerSectorAndChannelWithDutchNumbers() {
		String summary = summary(Locale.forLanguageTag("nl-NL"));

		assertThat(summary)
			.contains("Schaduwklant demo: campagne \"Demo 2026-03-02 10:00:00\" (96 metingen via e-mail en chat)",
					"Berekend uit 72 metingen (SHA-256 van de gegevens: ab12)",
					"* Lokale overheid / E-mail: onderdrukt, minder dan 5 organisaties")
			.containsPattern("Financials\\s+E-mail\\s+6\\s+12\\s+-\\s+83,3 %\\s+8,3 s\\s+-\\s+1,23\\s+50,0 %\n")
			.containsPattern("Financials\\s+Chat\\s+6\\s+12\\s+90,0 %\\s+100,0 %\\s+-\\s+-\\s+-\\s+-\n")
			.containsPattern("Financials\\s+Telefoon\\s+6\\s+12\\s+-\\s+83,3 %\\s+12,4 s\\s+66,7 %\\s+-\\s+-\n")
			.contains("Binnen 15 s", "Telefoon: respons is het aandeel gesprekken waarin een medewerker opnam")
			.containsPattern("Lokale overheid \\*\\s+E-mail\\s+4\\s+8\\s+onderdrukt");
		assertThat(summary.indexOf("Financials")).isLessThan(summary.indexOf("Lokale overheid"));
	}

	@Test
	void shouldPrintTheSummaryInEnglish() {
		assertThat(summary(Locale.ENGLISH))
			.contains("Sector", "Channel", "Median time to reply",
					"* Lokale overheid / E-mail: suppressed, fewer than 5 organisations")
			.containsPattern("Financials\\s+E-mail\\s+6\\s+12\\s+-\\s+83.3 %\\s+8.3 s\\s+-\\s+1.23\\s+50.0 %\n")
			.contains("Within 15 s", "Phone: response is the share of calls a person answered");
	}

	private String summary(Locale locale) {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/app");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new DemoSummary(messages, locale).render(this.campaign, this.benchmark,
				List.of(Path.of("data", "reports", "benchmark-sectors.csv")));
	}

	private static SectorFigure figure(String sector, Channel channel, BenchmarkMetric metric, double responseRate,
			Double mean, Double median) {
		return new SectorFigure(sector, channel, metric, 6, 12, responseRate, mean, median, null, null, null, false);
	}

}
