package nl.schaduwklant.scoring.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schaduwklant.scheduler.OrganisationDetails;
import nl.schaduwklant.scheduler.Organisations;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.scan.InvalidScan;
import nl.schaduwklant.scoring.scan.NewScan;
import nl.schaduwklant.scoring.scan.PublishedScanScores;
import nl.schaduwklant.scoring.scan.ScanAnswer;
import nl.schaduwklant.scoring.scan.ScanBand;
import nl.schaduwklant.scoring.scan.ScanComparison;
import nl.schaduwklant.scoring.scan.ScanItem;
import nl.schaduwklant.scoring.scan.ScanResult;
import nl.schaduwklant.scoring.scan.ScanScore;
import nl.schaduwklant.scoring.scan.Scans;
import nl.schaduwklant.scoring.scan.SectorScans;
import nl.schaduwklant.scoring.scan.SubmittedScan;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Keeps the scans as submitted and scores them when read (the scoring is pure and cheap,
 * so a scan always reads as the method scores it).
 */
@Service
class JdbcScans implements Scans {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Organisations organisations;

	private final MeasurementStore measurements;

	private final Clock clock;

	JdbcScans(JdbcClient jdbc, JsonMapper json, Organisations organisations, MeasurementStore measurements,
			Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.organisations = organisations;
		this.measurements = measurements;
		this.clock = clock;
	}

	@Override
	public SubmittedScan submit(UUID organisationId, NewScan scan, String by) {
		OrganisationDetails organisation = this.organisations.get(organisationId);
		ScanResult result = score(scan);
		SubmittedScan submitted = new SubmittedScan(UUID.randomUUID(), organisationId, organisation.sector(),
				this.clock.instant(), by, scan, result);
		this.jdbc
			.sql("insert into service_excellence_scan (id, organisation_id, sector, submitted_at, submitted_by,"
					+ " answers) values (?, ?, ?, ?, ?, ?)")
			.params(submitted.id(), organisationId, organisation.sector(),
					OffsetDateTime.ofInstant(submitted.submittedAt(), ZoneOffset.UTC), by,
					this.json.writeValueAsString(scan))
			.update();
		return submitted;
	}

	private static ScanResult score(NewScan scan) {
		List<Map<ScanItem, ScanAnswer>> responses = new ArrayList<>();
		for (int i = 0; i < scan.respondents().size(); i++) {
			Map<ScanItem, ScanAnswer> answers = scan.respondents().get(i).answers();
			for (ScanItem item : ScanItem.values()) {
				ScanAnswer answer = answers.get(item);
				String field = "respondents[" + i + "].answers." + item;
				if (answer == null) {
					throw new InvalidScan(field, "not answered");
				}
				if (!answer.answers(item)) {
					throw new InvalidScan(field, "one of " + ScanAnswer.forKind(item.kind()));
				}
			}
			responses.add(answers);
		}
		return ScanResult.of(responses);
	}

	@Override
	public List<SubmittedScan> forOrganisation(UUID organisationId) {
		this.organisations.get(organisationId);
		return this.jdbc
			.sql("select id, organisation_id, sector, submitted_at, submitted_by, answers from service_excellence_scan"
					+ " where organisation_id = ? order by submitted_at desc, id")
			.param(organisationId)
			.query((rs, row) -> {
				NewScan scan = this.json.readValue(rs.getString("answers"), NewScan.class);
				return new SubmittedScan(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
						rs.getString("sector"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
						rs.getString("submitted_by"), scan, score(scan));
			})
			.list();
	}

	@Override
	public ScanComparison compare(UUID organisationId) {
		List<SubmittedScan> scans = forOrganisation(organisationId);
		Double selfAssessed = null;
		if (!scans.isEmpty()) {
			ScanResult.ItemFigures performance = scans.get(0)
				.result()
				.items()
				.stream()
				.filter((figures) -> figures.item() == ScanItem.EXCELLENT_SERVICE_PERFORMANCE)
				.findFirst()
				.orElseThrow();
			selfAssessed = (performance.mean() != null)
					? performance.mean() / ScanItem.EXCELLENT_SERVICE_PERFORMANCE.maximum() : null;
		}
		List<Measurement> measured = this.measurements.forOrganisation(organisationId);
		long answered = measured.stream().filter(Measurement::answered).count();
		List<Measurement> withResolution = measured.stream()
			.filter((measurement) -> measurement.answered() && measurement.resolved() != null)
			.toList();
		return new ScanComparison(selfAssessed, measured.size(),
				measured.isEmpty() ? null : (double) answered / measured.size(),
				withResolution.isEmpty() ? null : (double) withResolution.stream().filter(Measurement::resolved).count()
						/ withResolution.size());
	}

	@Override
	public List<SectorScans> sectors() {
		List<UUID> organisations = this.jdbc.sql("select distinct organisation_id from service_excellence_scan")
			.query(UUID.class)
			.list();
		Map<String, List<ScanScore>> bySector = new LinkedHashMap<>();
		for (UUID organisation : organisations) {
			SubmittedScan latest = forOrganisation(organisation).get(0);
			bySector.computeIfAbsent(latest.sector(), (sector) -> new ArrayList<>()).add(latest.result().score());
		}
		List<SectorScans> sectors = new ArrayList<>();
		bySector.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach((sector) -> {
			List<ScanScore> scored = sector.getValue().stream().filter((score) -> score.share() != null).toList();
			// below the minimum a mean would come close to single organisations' scores
			Double mean = (scored.size() < nl.schaduwklant.scoring.consistency.ChannelConsistency.MINIMUM_ORGANISATIONS)
					? null : scored.stream().collect(Collectors.averagingDouble(ScanScore::share));
			ScanBand band = (mean != null) ? ScanBand.of(Math.round(mean * 1_000_000), 1_000_000) : null;
			sectors.add(new SectorScans(sector.getKey(), sector.getValue().size(), mean, band,
					PublishedScanScores.forSector(sector.getKey()).orElse(null)));
		});
		return sectors;
	}

}
