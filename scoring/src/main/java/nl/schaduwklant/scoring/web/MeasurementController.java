package nl.schaduwklant.scoring.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.schaduwklant.probes.EvidenceRef;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.scheduler.OrganisationScope;
import nl.schaduwklant.scoring.CampaignVerdicts;
import nl.schaduwklant.scoring.JudgingInput;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.MeasurementExport;
import nl.schaduwklant.scoring.Measurements;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeasurementController {

	private final Measurements measurements;

	private final ProbeRuns probes;

	private final CampaignVerdicts verdicts;

	private final EvidenceStore evidence;

	MeasurementController(Measurements measurements, ProbeRuns probes, CampaignVerdicts verdicts,
			EvidenceStore evidence) {
		this.measurements = measurements;
		this.probes = probes;
		this.verdicts = verdicts;
		this.evidence = evidence;
	}

	/**
	 * @return the campaign's measurements, one row per probe with every figure a norm
	 * clause reads and the probe's evidence hashes: {@code judge} recomputes the verdicts
	 * from this file alone
	 */
	@GetMapping(path = "/api/campaigns/{id}/measurements.csv", produces = "text/csv")
	ResponseEntity<byte[]> export(@PathVariable UUID id, Locale locale) {
		JudgingInput input = this.verdicts.input(id);
		Map<UUID, List<EvidenceRef>> evidence = new HashMap<>();
		input.measurements().forEach((m) -> evidence.put(m.probeId(), this.evidence.forProbe(m.probeId())));
		input.awaiting().forEach((probe) -> evidence.put(probe.probeId(), this.evidence.forProbe(probe.probeId())));
		StringWriter csv = new StringWriter();
		MeasurementExport.write(input, evidence, locale.getLanguage().equals("nl") ? ';' : ',', csv);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("measurements-" + id + ".csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/api/probes/{id}/measurement")
	ResponseEntity<Measurement> forProbe(@PathVariable UUID id) {
		this.probes.get(id);
		return ResponseEntity.of(this.measurements.forProbe(id));
	}

	@GetMapping("/api/campaigns/{id}/measurements")
	List<Measurement> forCampaign(@PathVariable UUID id, OrganisationScope scope) {
		return this.measurements.forCampaign(id)
			.stream()
			.filter((measurement) -> scope.includes(measurement.organisationId()))
			.toList();
	}

}
