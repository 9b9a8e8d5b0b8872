package nl.schaduwklant.scoring;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schaduwklant.probes.CallOutcome;
import nl.schaduwklant.probes.EvidenceRef;
import nl.schaduwklant.probes.LiveAgentMethod;
import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.norms.OrganisationVerdicts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A campaign's measurements as CSV: one row per probe with every figure a norm clause
 * reads, the probe's evidence hashes, and the moment they were exported (the moment its
 * verdicts are judged at). Read back, the file alone gives the same verdicts as the API
 * did at that moment. Durations are ISO-8601 ({@code PT15.0004S}, exact to the
 * microsecond the clock gives) and instants ISO-8601 in UTC, so the file reads the same
 * in any spreadsheet's language; it starts with a byte-order mark and uses {@code ;}
 * (Dutch spreadsheets) or {@code ,} between the fields. A name a spreadsheet would take
 * for a formula is written with a leading {@code '}, which reading removes again.
 */
public final class MeasurementExport {

	/** The state of a probe that was measured. */
	static final String MEASURED = "MEASURED";

	/** The state of a probe that waits for a consultant's review. */
	static final String AWAITS_REVIEW = "AWAITS_REVIEW";

	private static final char BOM = '\uFEFF';

	/** The columns, in order. */
	public static final List<String> COLUMNS = List.of("judged_at", "probe_id", "campaign_id", "organisation_id",
			"organisation", "sector", "channel", "state", "awaits_review_why", "outcome", "answered", "available",
			"bot_only", "time_to_first_human_reply", "business_time_to_first_human_reply", "resolution", "resolved",
			"call_outcome", "call_method", "call_connected", "time_to_live_agent_from_ringing",
			"time_to_live_agent_from_connect", "call_ended_at", "call_reviewed", "proper_welcome",
			"alternative_offered", "callback_promised", "callback_after", "evidence_sha256");

	private MeasurementExport() {
	}

	/**
	 * @param input what the verdicts are judged from
	 * @param evidence each probe's evidence
	 * @param delimiter {@code ;} or {@code ,}
	 * @param out where to write
	 */
	public static void write(JudgingInput input, Map<UUID, List<EvidenceRef>> evidence, char delimiter, Writer out) {
		try {
			out.write(BOM);
			CSVPrinter csv = new CSVPrinter(out,
					CSVFormat.EXCEL.builder().setDelimiter(delimiter).setHeader(COLUMNS.toArray(String[]::new)).get());
			for (Measurement measurement : input.measurements()) {
				PhoneFigures phone = measurement.phone();
				csv.printRecord(input.judgedAt(), measurement.probeId(), measurement.campaignId(),
						measurement.organisationId(), safe(measurement.organisationName()), safe(measurement.sector()),
						measurement.channel(), MEASURED, null, measurement.outcome(), measurement.answered(),
						measurement.available(), measurement.botOnly(), iso(measurement.timeToFirstHumanReply()),
						iso(measurement.businessTimeToFirstHumanReply()), measurement.resolution(),
						measurement.resolved(), (phone != null) ? phone.outcome() : null,
						(phone != null) ? phone.method() : null, (phone != null) ? phone.connected() : null,
						(phone != null) ? iso(phone.timeToLiveAgentFromRinging()) : null,
						(phone != null) ? iso(phone.timeToLiveAgentFromConnect()) : null,
						(phone != null) ? phone.endedAt() : null, (phone != null) ? phone.reviewed() : null,
						(phone != null) ? phone.properWelcome() : null,
						(phone != null) ? phone.alternativeOffered() : null,
						(phone != null) ? phone.callbackPromised() : null,
						(phone != null) ? iso(phone.callbackAfter()) : null,
						hashes(evidence.get(measurement.probeId())));
			}
			for (OrganisationVerdicts.AwaitingReview probe : input.awaiting()) {
				List<Object> row = new ArrayList<>(java.util.Collections.nCopies(COLUMNS.size(), null));
				row.set(0, input.judgedAt());
				row.set(1, probe.probeId());
				row.set(3, probe.organisationId());
				row.set(4, safe(probe.organisationName()));
				row.set(6, probe.channel());
				row.set(7, AWAITS_REVIEW);
				row.set(8, safe(probe.why()));
				row.set(COLUMNS.size() - 1, hashes(evidence.get(probe.probeId())));
				csv.printRecord(row);
			}
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param in an export
	 * @return what its verdicts were judged from
	 * @throws IllegalArgumentException naming the row and column of a value that cannot
	 * be read
	 */
	public static JudgingInput read(Reader in) throws IOException {
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[8192];
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			text.append(buffer, 0, read);
		}
		if (!text.isEmpty() && text.charAt(0) == BOM) {
			text.deleteCharAt(0);
		}
		int endOfHeader = text.indexOf("\n");
		String header = (endOfHeader >= 0) ? text.substring(0, endOfHeader) : text.toString();
		char delimiter = header.contains(";") ? ';' : ',';
		List<Measurement> measurements = new ArrayList<>();
		List<OrganisationVerdicts.AwaitingReview> awaiting = new ArrayList<>();
		Instant judgedAt = null;
		for (CSVRecord record : CSVFormat.EXCEL.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new java.io.StringReader(text.toString()))) {
			Row row = new Row(record);
			judgedAt = row.instant("judged_at");
			if (AWAITS_REVIEW.equals(row.text("state"))) {
				awaiting.add(new OrganisationVerdicts.AwaitingReview(row.uuid("probe_id"), row.uuid("organisation_id"),
						row.name("organisation"), Channel.valueOf(row.text("channel")), row.name("awaits_review_why")));
				continue;
			}
			PhoneFigures phone = null;
			if (row.text("call_outcome") != null) {
				phone = new PhoneFigures(CallOutcome.valueOf(row.text("call_outcome")),
						LiveAgentMethod.valueOf(row.text("call_method")), row.flag("call_connected"), null, null, null,
						row.duration("time_to_live_agent_from_connect"),
						row.duration("time_to_live_agent_from_ringing"), false, null, 0, null,
						row.instant("call_ended_at"), Boolean.TRUE.equals(row.flag("call_reviewed")),
						row.flag("proper_welcome"), row.flag("alternative_offered"), row.flag("callback_promised"),
						row.duration("callback_after"));
			}
			String resolution = row.text("resolution");
			measurements.add(new Measurement(row.uuid("probe_id"), row.uuid("campaign_id"), row.uuid("organisation_id"),
					row.name("organisation"), row.name("sector"), Channel.valueOf(row.text("channel")), null,
					ProbeOutcome.valueOf(row.text("outcome")), Boolean.TRUE.equals(row.flag("answered")),
					row.duration("time_to_first_human_reply"), row.duration("business_time_to_first_human_reply"), null,
					row.flag("available"), row.flag("bot_only"), null, null,
					(resolution != null) ? Double.valueOf(resolution) : null, row.flag("resolved"), null, null, null,
					phone));
		}
		if (judgedAt == null) {
			throw new IllegalArgumentException("the export holds no probes");
		}
		return new JudgingInput(measurements, awaiting, judgedAt);
	}

	private static String iso(Duration duration) {
		return (duration != null) ? duration.toString() : null;
	}

	private static String safe(String text) {
		return (text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

	private static String hashes(List<EvidenceRef> evidence) {
		return (evidence == null) ? ""
				: evidence.stream().map((ref) -> ref.kind() + ":" + ref.sha256()).collect(Collectors.joining(" "));
	}

	/**
	 * One row, read with the row and column of anything unreadable.
	 */
	private record Row(CSVRecord record) {

		String text(String column) {
			if (!this.record.isSet(column)) {
				return null;
			}
			String value = this.record.get(column);
			return (value == null || value.isEmpty()) ? null : value;
		}

		UUID uuid(String column) {
			String value = text(column);
			try {
				return (value != null) ? UUID.fromString(value) : null;
			}
			catch (IllegalArgumentException ex) {
				throw unreadable(column, value);
			}
		}

		Boolean flag(String column) {
			String value = text(column);
			if (value == null) {
				return null;
			}
			if (!value.equals("true") && !value.equals("false")) {
				throw unreadable(column, value);
			}
			return Boolean.valueOf(value);
		}

		Duration duration(String column) {
			String value = text(column);
			try {
				return (value != null) ? Duration.parse(value) : null;
			}
			catch (DateTimeParseException ex) {
				throw unreadable(column, value);
			}
		}

		String name(String column) {
			String value = text(column);
			return (value != null && value.length() > 1 && value.charAt(0) == '\''
					&& "=+-@".indexOf(value.charAt(1)) >= 0) ? value.substring(1) : value;
		}

		Instant instant(String column) {
			String value = text(column);
			try {
				return (value != null) ? Instant.parse(value) : null;
			}
			catch (DateTimeParseException ex) {
				throw unreadable(column, value);
			}
		}

		private IllegalArgumentException unreadable(String column, String value) {
			return new IllegalArgumentException(
					"row " + this.record.getRecordNumber() + ", column " + column + ": cannot read '" + value + "'");
		}

	}

}
