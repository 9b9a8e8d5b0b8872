package nl.schaduwklant.reports.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.schaduwklant.reports.BenchmarkMetric;
import nl.schaduwklant.reports.OrganisationRank;
import nl.schaduwklant.reports.SectorBenchmark;
import nl.schaduwklant.reports.SectorFigure;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes benchmarks as CSV that Excel opens correctly: UTF-8 with a byte-order mark (so
 * accents survive), CRLF line ends, and for Dutch the semicolon as separator and the
 * comma as decimal mark (Excel with Dutch regional settings expects both; for English,
 * comma and point). Shares are given as percentages. Text cells that Excel would take for
 * a formula are prefixed with an apostrophe.
 */
@Component
public class BenchmarkCsv {

	private static final char BOM = '\uFEFF';

	private final MessageSource messages;

	BenchmarkCsv(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] sectorFigures(SectorBenchmark benchmark, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(text("csv.sector", locale), text("csv.channel", locale), text("csv.metric", locale),
				text("csv.unit", locale), text("csv.organisations", locale), text("csv.probes", locale),
				text("csv.responseRate", locale), text("csv.mean", locale), text("csv.median", locale),
				text("csv.p25", locale), text("csv.p75", locale), text("csv.p90", locale),
				text("csv.suppressed", locale)));
		for (SectorFigure figure : benchmark.figures()) {
			BenchmarkMetric metric = figure.metric();
			rows.add(List.of(figure.sector(), text("channel." + figure.channel(), locale),
					text("metric." + metric, locale), text("unit." + metric.unit(), locale),
					Integer.toString(figure.organisations()), Integer.toString(figure.probes()),
					number(figure.responseRate(), BenchmarkMetric.Unit.SHARE, locale),
					number(figure.mean(), metric.unit(), locale), number(figure.median(), metric.unit(), locale),
					number(figure.p25(), metric.unit(), locale), number(figure.p75(), metric.unit(), locale),
					number(figure.p90(), metric.unit(), locale), figure.suppressed()
							? text("csv.suppressedBecause", locale, benchmark.minimumOrganisations()) : ""));
		}
		return write(rows, locale);
	}

	public byte[] organisationRanks(SectorBenchmark benchmark, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(text("csv.sector", locale), text("csv.channel", locale), text("csv.metric", locale),
				text("csv.unit", locale), text("csv.organisation", locale), text("csv.probes", locale),
				text("csv.value", locale), text("csv.rank", locale), text("csv.percentile", locale),
				text("csv.rankedOf", locale)));
		for (OrganisationRank rank : benchmark.ranks()) {
			BenchmarkMetric metric = rank.metric();
			rows.add(List.of(rank.sector(), text("channel." + rank.channel(), locale), text("metric." + metric, locale),
					text("unit." + metric.unit(), locale), rank.organisationName(), Integer.toString(rank.probes()),
					number(rank.value(), metric.unit(), locale),
					(rank.rank() != null) ? Integer.toString(rank.rank()) : text("csv.suppressedShort", locale),
					number(rank.percentile(), BenchmarkMetric.Unit.PER_100_WORDS, locale),
					Integer.toString(rank.of())));
		}
		return write(rows, locale);
	}

	private byte[] write(List<List<String>> rows, Locale locale) {
		var out = new ByteArrayOutputStream();
		CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(isDutch(locale) ? ';' : ',').get();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, format)) {
			writer.write(BOM);
			for (List<String> row : rows) {
				printer.printRecord(row.stream().map(BenchmarkCsv::safe).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String number(Double value, BenchmarkMetric.Unit unit, Locale locale) {
		if (value == null) {
			return "";
		}
		var format = new DecimalFormat("0.##",
				DecimalFormatSymbols.getInstance(isDutch(locale) ? Locale.forLanguageTag("nl-NL") : Locale.ENGLISH));
		return format.format((unit == BenchmarkMetric.Unit.SHARE) ? value * 100 : value);
	}

	private static boolean isDutch(Locale locale) {
		return locale.getLanguage().equals("nl");
	}

	/**
	 * Keeps Excel from evaluating a text cell as a formula.
	 * @param cell the cell
	 * @return the cell, prefixed with an apostrophe if it starts like a formula
	 */
	static String safe(String cell) {
		if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+([.,]\\d+)?")) {
			return "'" + cell;
		}
		return cell;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
