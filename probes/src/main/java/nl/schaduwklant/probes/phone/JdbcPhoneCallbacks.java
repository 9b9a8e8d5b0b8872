package nl.schaduwklant.probes.phone;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import nl.schaduwklant.probes.CallbackReceived;
import nl.schaduwklant.probes.CapturedContent;
import nl.schaduwklant.probes.EvidenceKind;
import nl.schaduwklant.probes.EvidenceRef;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.PhoneCall;
import nl.schaduwklant.probes.PhoneCallback;
import nl.schaduwklant.probes.PhoneCallbacks;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeSummary;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the calls organisations make back to our caller ID, each matched once, when it
 * arrives, by its calling number: of the phone probes to that number in the last
 * {@link #WINDOW}, the latest whose call had ended before the callback came, preferring
 * one whose consultant's review recorded a callback promise. The delay runs from the end
 * of that call. A number no organisation has is kept unmatched. The callback's raw
 * parameters and its audio are evidence of the probe it answers.
 */
class JdbcPhoneCallbacks implements PhoneCallbacks {

	/** How far back a callback may answer a call. */
	static final Duration WINDOW = Duration.ofDays(14);

	private final JdbcClient jdbc;

	private final ProbeRuns probes;

	private final EvidenceStore evidence;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	JdbcPhoneCallbacks(JdbcClient jdbc, ProbeRuns probes, EvidenceStore evidence, JsonMapper json,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.probes = probes;
		this.evidence = evidence;
		this.json = json;
		this.events = events;
	}

	/**
	 * @param parameters what Twilio posted about the inbound call
	 * @param receivedAt when it reached us
	 * @return the callback, matched; the same one when Twilio asks again for the call
	 */
	PhoneCallback received(Map<String, String> parameters, Instant receivedAt) {
		String callSid = parameters.get("CallSid");
		Optional<PhoneCallback> known = bySid(callSid);
		if (known.isPresent()) {
			return known.get();
		}
		String from = parameters.getOrDefault("From", "");
		Optional<ProbeSummary> answered = answered(from, receivedAt);
		UUID probeId = answered.map(ProbeSummary::id).orElse(null);
		boolean promised = answered.map(ProbeSummary::call).map(JdbcPhoneCallbacks::promised).orElse(false);
		Duration delay = answered.map((probe) -> Duration.between(probe.call().endedAt(), receivedAt)).orElse(null);
		PhoneCallback callback = new PhoneCallback(UUID.randomUUID(), callSid, from, parameters.get("To"), receivedAt,
				probeId, promised, delay, null, null);
		try {
			this.jdbc
				.sql("insert into phone_callback (id, call_sid, from_number, to_number, received_at, probe_id,"
						+ " promised, delay_millis) values (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(callback.id(), callSid, from, callback.to(), receivedAt.atOffset(ZoneOffset.UTC), probeId,
						promised, (delay != null) ? delay.toMillis() : null)
				.update();
		}
		catch (org.springframework.dao.DuplicateKeyException ex) {
			// Twilio asked again for the same call while the first request was being
			// answered: that one keeps it
			return bySid(callSid).orElseThrow(() -> ex);
		}
		this.evidence.store(probeId, EvidenceKind.CALL_EVENT, "application/json", CapturedContent
			.of(this.json.writeValueAsString(new TreeMap<>(parameters)).getBytes(StandardCharsets.UTF_8)));
		this.events.publishEvent(new CallbackReceived(callback));
		return callback;
	}

	/**
	 * @param callSid an inbound call
	 * @param muLaw what the caller said
	 */
	void recorded(String callSid, byte[] muLaw) {
		Optional<PhoneCallback> callback = bySid(callSid);
		if (callback.isEmpty() || muLaw.length == 0) {
			return;
		}
		EvidenceRef audio = CallResults.keepAudio(this.evidence, callback.get().probeId(), muLaw);
		this.jdbc.sql("update phone_callback set audio_evidence_id = ?, audio_sha256 = ? where call_sid = ?")
			.params(audio.id(), audio.sha256(), callSid)
			.update();
	}

	private Optional<ProbeSummary> answered(String from, Instant receivedAt) {
		List<ProbeSummary> calls = this.probes.callsTo(from, receivedAt.minus(WINDOW))
			.stream()
			.filter((probe) -> probe.call() != null && probe.call().endedAt() != null
					&& probe.call().endedAt().isBefore(receivedAt))
			.sorted(Comparator.comparing((ProbeSummary probe) -> probe.call().endedAt()).reversed())
			.toList();
		return calls.stream()
			.filter((probe) -> promised(probe.call()))
			.findFirst()
			.or(() -> calls.stream().findFirst());
	}

	private static boolean promised(PhoneCall call) {
		return call.review() != null && Boolean.TRUE.equals(call.review().callbackPromised());
	}

	private Optional<PhoneCallback> bySid(String callSid) {
		return this.jdbc.sql("select * from phone_callback where call_sid = ?")
			.param(callSid)
			.query(this::map)
			.optional();
	}

	@Override
	public List<PhoneCallback> forProbe(UUID probeId) {
		return this.jdbc.sql("select * from phone_callback where probe_id = ? order by received_at")
			.param(probeId)
			.query(this::map)
			.list();
	}

	@Override
	public List<PhoneCallback> unmatched() {
		return this.jdbc.sql("select * from phone_callback where probe_id is null order by received_at desc")
			.query(this::map)
			.list();
	}

	private PhoneCallback map(ResultSet rs, int row) throws SQLException {
		long delay = rs.getLong("delay_millis");
		boolean noDelay = rs.wasNull();
		return new PhoneCallback(rs.getObject("id", UUID.class), rs.getString("call_sid"), rs.getString("from_number"),
				rs.getString("to_number"), rs.getObject("received_at", java.time.OffsetDateTime.class).toInstant(),
				rs.getObject("probe_id", UUID.class), rs.getBoolean("promised"),
				noDelay ? null : Duration.ofMillis(delay), rs.getObject("audio_evidence_id", UUID.class),
				rs.getString("audio_sha256"));
	}

}
