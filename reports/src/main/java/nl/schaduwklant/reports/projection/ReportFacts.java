package nl.schaduwklant.reports.projection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.PersonalService;
import nl.schaduwklant.scoring.PhoneFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports' own fact table, fed by measurements: one row per measured probe.
 */
@Repository
@Transactional
public class ReportFacts {

	private static final String COLUMNS = "probe_id, organisation_id, organisation_name, answered, time_to_reply_seconds, "
			+ "business_time_to_reply_seconds, time_to_ack_seconds, errors_per_100_words, resolution, available, bot_only, "
			+ "connected, live_agent_within_15s, time_to_answer_seconds, time_to_agent_from_connect_seconds, "
			+ "greeted_by_name, signed_by_person, same_thread, other_language, address_bounced";

	/** The answer time NEN 8878 asks of 85 % of calls, counted from ringing. */
	static final Duration NEN_8878_ANSWER_TIME = Duration.ofSeconds(15);

	private final JdbcClient jdbc;

	ReportFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void put(Measurement measurement) {
		PhoneFigures phone = measurement.phone();
		PersonalService personal = measurement.personal();
		this.jdbc.sql("delete from report_fact where probe_id = ?").param(measurement.probeId()).update();
		this.jdbc.sql("""
				insert into report_fact (probe_id, campaign_id, organisation_id, organisation_name, sector, channel,
				    outcome, answered, time_to_reply_seconds, business_time_to_reply_seconds, time_to_ack_seconds,
				    errors_per_100_words, resolution, resolved, scored_at, available, bot_only, connected,
				    live_agent_within_15s, time_to_answer_seconds, time_to_agent_from_connect_seconds,
				    greeted_by_name, signed_by_person, same_thread, other_language, address_bounced)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(measurement.probeId(), measurement.campaignId(), measurement.organisationId(),
					measurement.organisationName(), measurement.sector(), measurement.channel().name(),
					measurement.outcome().name(), measurement.answered(), seconds(measurement.timeToFirstHumanReply()),
					seconds(measurement.businessTimeToFirstHumanReply()),
					seconds(measurement.timeToAutoAcknowledgement()),
					(measurement.language() != null) ? measurement.language().errorsPer100Words() : null,
					measurement.resolution(), measurement.resolved(),
					OffsetDateTime.ofInstant(measurement.scoredAt(), ZoneOffset.UTC), measurement.available(),
					measurement.botOnly(), (phone != null) ? phone.connected() : null,
					(phone != null) ? phone.liveAgentWithin(NEN_8878_ANSWER_TIME) : null,
					(phone != null) ? seconds(phone.timeToAnswer()) : null,
					(phone != null) ? seconds(phone.timeToLiveAgentFromConnect()) : null,
					(personal != null) ? personal.greetedByName() : null,
					(personal != null) ? personal.signedByPerson() : null,
					(personal != null) ? personal.sameThread() : null,
					(measurement.language() != null && measurement.language().answerLanguage() != null)
							? measurement.language().otherLanguage() : null,
					measurement.addressBounced())
			.update();
	}

	@Transactional(readOnly = true)
	public List<String> sectors(UUID campaignId) {
		return this.jdbc.sql("select distinct sector from report_fact where campaign_id = ? order by sector")
			.param(campaignId)
			.query(String.class)
			.list();
	}

	@Transactional(readOnly = true)
	public List<Channel> channels(UUID campaignId, String sector) {
		return this.jdbc
			.sql("select distinct channel from report_fact where campaign_id = ? and sector = ? order by channel")
			.params(campaignId, sector)
			.query((rs, row) -> Channel.valueOf(rs.getString(1)))
			.list();
	}

	@Transactional(readOnly = true)
	public List<ReportFact> forGroup(UUID campaignId, String sector, Channel channel) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from report_fact where campaign_id = ? and sector = ? and channel = ? order by probe_id")
			.params(campaignId, sector, channel.name())
			.query((rs, row) -> fact(rs))
			.list();
	}

	/**
	 * @param campaignId the campaign
	 * @return how many facts the campaign has and the SHA-256 of all of them in probe
	 * order, so a run can show which data it was computed from
	 */
	@Transactional(readOnly = true)
	public Fingerprint fingerprint(UUID campaignId) {
		MessageDigest digest = sha256();
		int[] count = { 0 };
		this.jdbc
			.sql("select sector, channel, " + COLUMNS + " from report_fact where campaign_id = ? order by probe_id")
			.param(campaignId)
			.query((ResultSet rs) -> {
				String line = rs.getString("sector") + "|" + rs.getString("channel") + "|" + fact(rs) + "\n";
				digest.update(line.getBytes(StandardCharsets.UTF_8));
				count[0]++;
			});
		return new Fingerprint(count[0], HexFormat.of().formatHex(digest.digest()));
	}

	/**
	 * @param facts how many facts
	 * @param sha256 their SHA-256
	 */
	public record Fingerprint(int facts, String sha256) {
	}

	private static ReportFact fact(ResultSet rs) throws SQLException {
		return new ReportFact(rs.getObject("probe_id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getString("organisation_name"), rs.getBoolean("answered"), number(rs, "time_to_reply_seconds"),
				number(rs, "business_time_to_reply_seconds"), number(rs, "time_to_ack_seconds"),
				number(rs, "errors_per_100_words"), number(rs, "resolution"), flag(rs, "available"),
				flag(rs, "bot_only"), flag(rs, "connected"), flag(rs, "live_agent_within_15s"),
				number(rs, "time_to_answer_seconds"), number(rs, "time_to_agent_from_connect_seconds"),
				flag(rs, "greeted_by_name"), flag(rs, "signed_by_person"), flag(rs, "same_thread"),
				flag(rs, "other_language"), flag(rs, "address_bounced"));
	}

	private static Boolean flag(ResultSet rs, String column) throws SQLException {
		boolean value = rs.getBoolean(column);
		return rs.wasNull() ? null : value;
	}

	private static Double number(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static Double seconds(Duration duration) {
		return (duration != null) ? duration.toMillis() / 1000.0 : null;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
