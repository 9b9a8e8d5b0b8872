package nl.schaduwklant.reports.render;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.schaduwklant.reports.BenchmarkMetric;
import nl.schaduwklant.reports.BenchmarkRun;
import nl.schaduwklant.reports.OrganisationRank;
import nl.schaduwklant.reports.SectorBenchmark;
import nl.schaduwklant.reports.SectorFigure;
import nl.schaduwklant.scheduler.Channel;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkCsvTests {

	private final BenchmarkCsv csv = new BenchmarkCsv(messages());

	private final SectorBenchmark benchmark = new SectorBenchmark(
			new BenchmarkRun(UUID.randomUUID(), 1, "COMPLETED", Instant.EPOCH, Instant.EPOCH, 12, "0".repeat(64)), 5,
			List.of(new SectorFigure("Financiële dienstverlening", Channel.EMAIL,
					BenchmarkMetric.TIME_TO_FIRST_HUMAN_REPLY, 6, 12, 0.8333333, 1234.5, 1000.25, 800.0, 1500.0, 2000.0,
					false),
					new SectorFigure("Lokale overheid", Channel.EMAIL, BenchmarkMetric.RESPONSE_RATE, 4, 8, null, null,
							null, null, null, null, true)),
			List.of(new OrganisationRank("Financiële dienstverlening", Channel.EMAIL, BenchmarkMetric.RESOLUTION,
					UUID.randomUUID(), "=HYPERLINK(\"http://evil.example\")", 2, 0.5, 3, 60.0, 6)));

	@Test
	void shouldWriteDutchExcelCsvWithBomSemicolonsAndDecimalCommas() {
		byte[] bytes = this.csv.sectorFigures(this.benchmark, Locale.forLanguageTag("nl-NL"));
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		String[] lines = text.split("\r\n");
		assertThat(lines[0]).startsWith("Branche;Kanaal;Meetwaarde;Eenheid;Organisaties;Metingen;Responspercentage");
		assertThat(lines[1]).isEqualTo("Financiële dienstverlening;E-mail;Tijd tot eerste persoonlijke reactie;"
				+ "seconden;6;12;83,33;1234,5;1000,25;800;1500;2000;");
		assertThat(lines[2])
			.isEqualTo("Lokale overheid;E-mail;Responspercentage;%;4;8;;;;;;;ja: minder dan 5 organisaties");
	}

	@Test
	void shouldWriteEnglishCsvWithCommasAndDecimalPoints() {
		String text = new String(this.csv.sectorFigures(this.benchmark, Locale.ENGLISH), StandardCharsets.UTF_8);
		assertThat(text.split("\r\n")[1]).isEqualTo("Financiële dienstverlening,E-mail,Time to first human reply,"
				+ "seconds,6,12,83.33,1234.5,1000.25,800,1500,2000,");
	}

	@Test
	void shouldKeepExcelFromRunningFormulasInOrganisationNames() {
		String text = new String(this.csv.organisationRanks(this.benchmark, Locale.forLanguageTag("nl-NL")),
				StandardCharsets.UTF_8);
		assertThat(text.split("\r\n")[1]).contains(";\"'=HYPERLINK(\"\"http://evil.example\"\")\";")
			.contains(";50;3;60;6");
		assertThat(BenchmarkCsv.safe("-12,5")).isEqualTo("-12,5");
		assertThat(BenchmarkCsv.safe("+31 88 123")).isEqualTo("'+31 88 123");
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/reports");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
