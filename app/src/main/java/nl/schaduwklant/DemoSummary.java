package nl.schaduwklant;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.schaduwklant.reports.BenchmarkMetric;
import nl.schaduwklant.reports.SectorBenchmark;
import nl.schaduwklant.reports.SectorFigure;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.Channel;

import org.springframework.context.MessageSource;

/**
 * The readable per-sector summary the demo prints: response rate, median time to the
 * first human answer, language errors per 100 words and resolution.
 */
class DemoSummary {

	private final MessageSource messages;

	private final Locale locale;

	DemoSummary(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	String render(CampaignDetails campaign, SectorBenchmark benchmark, List<Path> files) {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { text("demo.sector"), text("demo.organisations"), text("demo.probes"),
				text("demo.responseRate"), text("demo.medianTimeToReply"), text("demo.errorsPer100Words"),
				text("demo.resolution") });
		List<String> suppressed = new ArrayList<>();
		for (String sector : sectors(benchmark)) {
			SectorFigure rate = figure(benchmark, sector, BenchmarkMetric.RESPONSE_RATE).orElseThrow();
			if (rate.suppressed()) {
				String mark = text("demo.suppressedMark");
				rows.add(new String[] { sector + " *", Integer.toString(rate.organisations()),
						Integer.toString(rate.probes()), mark, mark, mark, mark });
				suppressed.add(sector);
				continue;
			}
			rows.add(new String[] { sector, Integer.toString(rate.organisations()), Integer.toString(rate.probes()),
					percentage(rate.responseRate()),
					seconds(figure(benchmark, sector, BenchmarkMetric.TIME_TO_FIRST_HUMAN_REPLY)),
					decimal(figure(benchmark, sector, BenchmarkMetric.LANGUAGE_ERRORS_PER_100_WORDS)),
					percentage(figure(benchmark, sector, BenchmarkMetric.RESOLUTION).map(SectorFigure::mean)
						.orElse(null)) });
		}
		var out = new StringBuilder();
		out.append('\n').append(text("demo.title", campaign.name(), campaign.plannedProbes())).append("\n\n");
		out.append(table(rows));
		if (!suppressed.isEmpty()) {
			out.append("* ")
				.append(text("demo.suppressed", String.join(", ", suppressed), benchmark.minimumOrganisations()))
				.append('\n');
		}
		out.append('\n')
			.append(text("demo.facts", benchmark.run().facts(), benchmark.run().factsSha256()))
			.append('\n');
		for (Path file : files) {
			out.append(text("demo.csv", file.toAbsolutePath())).append('\n');
		}
		return out.toString();
	}

	private static Set<String> sectors(SectorBenchmark benchmark) {
		Set<String> sectors = new LinkedHashSet<>();
		benchmark.figures().forEach((figure) -> sectors.add(figure.sector()));
		return sectors;
	}

	private static Optional<SectorFigure> figure(SectorBenchmark benchmark, String sector, BenchmarkMetric metric) {
		return benchmark.figures()
			.stream()
			.filter((figure) -> figure.sector().equals(sector) && figure.channel() == Channel.EMAIL
					&& figure.metric() == metric)
			.findFirst();
	}

	private String seconds(Optional<SectorFigure> figure) {
		return figure.filter((found) -> found.median() != null)
			.map((found) -> number(found.median(), 1) + " s")
			.orElse(text("demo.none"));
	}

	private String decimal(Optional<SectorFigure> figure) {
		return figure.filter((found) -> found.mean() != null)
			.map((found) -> number(found.mean(), 2))
			.orElse(text("demo.none"));
	}

	private String percentage(Double share) {
		return (share != null) ? number(share * 100, 1) + " %" : text("demo.none");
	}

	private String number(double value, int decimals) {
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}

	private static String table(List<String[]> rows) {
		int[] widths = new int[rows.get(0).length];
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		var table = new StringBuilder();
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				String cell = row[i];
				table.append((i == 0) ? String.format("%-" + widths[i] + "s", cell)
						: "  " + String.format("%" + widths[i] + "s", cell));
			}
			table.append('\n');
		}
		return table.toString();
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

}
