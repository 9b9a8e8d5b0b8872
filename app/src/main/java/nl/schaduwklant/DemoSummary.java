package nl.schaduwklant;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import nl.schaduwklant.reports.BenchmarkMetric;
import nl.schaduwklant.reports.SectorBenchmark;
import nl.schaduwklant.reports.SectorFigure;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.Channel;

import org.springframework.context.MessageSource;

/**
 * The readable per-sector, per-channel summary the demo prints: availability (chat),
 * response rate, median time to the first human answer, language errors per 100 words and
 * resolution.
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
		rows.add(new String[] { text("demo.sector"), text("demo.channel"), text("demo.organisations"),
				text("demo.probes"), text("demo.availability"), text("demo.responseRate"),
				text("demo.medianTimeToReply"), text("demo.within15s"), text("demo.errorsPer100Words"),
				text("demo.resolution") });
		Set<String> suppressed = new LinkedHashSet<>();
		for (String sector : sectors(benchmark)) {
			for (Channel channel : channels(benchmark, sector)) {
				rows.add(row(benchmark, sector, channel, suppressed));
			}
		}
		var out = new StringBuilder();
		out.append('\n')
			.append(text("demo.title", campaign.name(), campaign.plannedProbes(), channelList(campaign)))
			.append("\n\n");
		out.append(table(rows));
		if (!suppressed.isEmpty()) {
			out.append("* ")
				.append(text("demo.suppressed", String.join(", ", suppressed), benchmark.minimumOrganisations()))
				.append('\n');
		}
		if (benchmark.figures().stream().anyMatch((figure) -> figure.channel() == Channel.PHONE)) {
			out.append(text("demo.phoneNote")).append('\n');
		}
		out.append('\n')
			.append(text("demo.facts", benchmark.run().facts(), benchmark.run().factsSha256()))
			.append('\n');
		for (Path file : files) {
			out.append(text("demo.csv", file.toAbsolutePath())).append('\n');
		}
		return out.toString();
	}

	private String[] row(SectorBenchmark benchmark, String sector, Channel channel, Set<String> suppressed) {
		String channelName = text("channel." + channel.name());
		SectorFigure rate = benchmark.figure(sector, channel, BenchmarkMetric.RESPONSE_RATE).orElseThrow();
		if (rate.suppressed()) {
			String mark = text("demo.suppressedMark");
			suppressed.add(sector + " / " + channelName);
			return new String[] { sector + " *", channelName, Integer.toString(rate.organisations()),
					Integer.toString(rate.probes()), mark, mark, mark, mark, mark, mark };
		}
		return new String[] { sector, channelName, Integer.toString(rate.organisations()),
				Integer.toString(rate.probes()),
				cell(benchmark.figure(sector, channel, BenchmarkMetric.AVAILABILITY), SectorFigure::mean,
						this::percentage),
				percentage(rate.responseRate()),
				cell(benchmark.figure(sector, channel, BenchmarkMetric.TIME_TO_FIRST_HUMAN_REPLY), SectorFigure::median,
						(median) -> number(median, 1) + " s"),
				cell(benchmark.figure(sector, channel, BenchmarkMetric.LIVE_AGENT_WITHIN_15_SECONDS),
						SectorFigure::mean, this::percentage),
				cell(benchmark.figure(sector, channel, BenchmarkMetric.LANGUAGE_ERRORS_PER_100_WORDS),
						SectorFigure::mean, (mean) -> number(mean, 2)),
				cell(benchmark.figure(sector, channel, BenchmarkMetric.RESOLUTION), SectorFigure::mean,
						this::percentage) };
	}

	private String cell(Optional<SectorFigure> figure, Function<SectorFigure, Double> statistic,
			Function<Double, String> format) {
		if (figure.isPresent() && figure.get().suppressed()) {
			return text("demo.suppressedMark");
		}
		return figure.map(statistic).map(format).orElse(text("demo.none"));
	}

	private static Set<String> sectors(SectorBenchmark benchmark) {
		Set<String> sectors = new LinkedHashSet<>();
		benchmark.figures().forEach((figure) -> sectors.add(figure.sector()));
		return sectors;
	}

	private static Set<Channel> channels(SectorBenchmark benchmark, String sector) {
		Set<Channel> channels = new TreeSet<>();
		benchmark.figures()
			.stream()
			.filter((figure) -> figure.sector().equals(sector))
			.forEach((figure) -> channels.add(figure.channel()));
		return channels;
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

	static String table(List<String[]> rows) {
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

	/**
	 * @return the campaign's channels in words, e.g. {@code telefoon, e-mail en chat}
	 */
	private String channelList(CampaignDetails campaign) {
		List<String> names = new TreeSet<>(campaign.channels()).stream()
			.map((channel) -> text("channel." + channel.name()).toLowerCase(this.locale))
			.toList();
		if (names.size() <= 1) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + text("demo.and") + names.get(names.size() - 1);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

}
