package nl.schaduwklant.scoring.web;

import java.util.List;
import java.util.UUID;

import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.Measurements;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeasurementController {

	private final Measurements measurements;

	private final ProbeRuns probes;

	MeasurementController(Measurements measurements, ProbeRuns probes) {
		this.measurements = measurements;
		this.probes = probes;
	}

	@GetMapping("/api/probes/{id}/measurement")
	ResponseEntity<Measurement> forProbe(@PathVariable UUID id) {
		this.probes.get(id);
		return ResponseEntity.of(this.measurements.forProbe(id));
	}

	@GetMapping("/api/campaigns/{id}/measurements")
	List<Measurement> forCampaign(@PathVariable UUID id) {
		return this.measurements.forCampaign(id);
	}

}
