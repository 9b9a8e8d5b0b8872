package nl.schaduwklant.scoring.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.Measurements;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps measurements: the whole measurement as JSON, with the columns it is looked up by.
 */
@Repository
@Transactional(readOnly = true)
class MeasurementStore implements Measurements {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	MeasurementStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional
	void add(Measurement measurement) {
		this.jdbc
			.sql("""
					insert into measurement (probe_id, campaign_id, organisation_id, sector, channel, outcome, scored_at, body)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.params(measurement.probeId(), measurement.campaignId(), measurement.organisationId(), measurement.sector(),
					measurement.channel().name(), measurement.outcome().name(),
					OffsetDateTime.ofInstant(measurement.scoredAt(), ZoneOffset.UTC),
					this.json.writeValueAsString(measurement))
			.update();
	}

	/**
	 * @param measurement a probe's measurement as corrected
	 * @return whether the probe had a measurement to replace
	 */
	boolean replace(Measurement measurement) {
		return this.jdbc.sql("update measurement set outcome = ?, body = ? where probe_id = ?")
			.params(measurement.outcome().name(), this.json.writeValueAsString(measurement), measurement.probeId())
			.update() == 1;
	}

	/**
	 * @param measurement a probe's measurement
	 * @return it as kept
	 */
	String body(Measurement measurement) {
		return this.json.writeValueAsString(measurement);
	}

	/**
	 * @param probeId a probe
	 * @return its measurement, its row locked until the transaction ends (two corrections
	 * at once apply one after the other)
	 */
	Optional<Measurement> forProbeLocked(UUID probeId) {
		return this.jdbc.sql("select body from measurement where probe_id = ? for update")
			.param(probeId)
			.query(String.class)
			.optional()
			.map(this::read);
	}

	boolean exists(UUID probeId) {
		return this.jdbc.sql("select count(*) from measurement where probe_id = ?")
			.param(probeId)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public Optional<Measurement> forProbe(UUID probeId) {
		return this.jdbc.sql("select body from measurement where probe_id = ?")
			.param(probeId)
			.query(String.class)
			.optional()
			.map(this::read);
	}

	@Override
	public List<Measurement> forCampaign(UUID campaignId) {
		return bodies("campaign_id = ? order by sector, probe_id", campaignId);
	}

	@Override
	public List<Measurement> scoredBetween(java.time.Instant from, java.time.Instant to) {
		return bodies("scored_at >= ? and scored_at < ? order by sector, probe_id",
				OffsetDateTime.ofInstant(from, ZoneOffset.UTC), OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
	}

	@Override
	public List<Measurement> forOrganisation(UUID organisationId) {
		return bodies("organisation_id = ? order by scored_at, probe_id", organisationId);
	}

	private List<Measurement> bodies(String condition, Object... parameters) {
		return this.jdbc.sql("select body from measurement where " + condition)
			.params(parameters)
			.query(String.class)
			.list()
			.stream()
			.map(this::read)
			.toList();
	}

	private Measurement read(String body) {
		return this.json.readValue(body, Measurement.class);
	}

}
