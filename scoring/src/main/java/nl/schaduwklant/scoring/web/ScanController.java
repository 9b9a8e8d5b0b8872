package nl.schaduwklant.scoring.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.schaduwklant.scheduler.OrganisationNotFound;
import nl.schaduwklant.scheduler.OrganisationScope;
import nl.schaduwklant.scoring.scan.NewScan;
import nl.schaduwklant.scoring.scan.ScanComparison;
import nl.schaduwklant.scoring.scan.Scans;
import nl.schaduwklant.scoring.scan.SectorScans;
import nl.schaduwklant.scoring.scan.SubmittedScan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Service Excellence Scan: an organisation fills it in (a client for its own
 * organisation), reads its scores beside what the probes measured, and compares its
 * sector with the published scores.
 */
@RestController
class ScanController {

	private final Scans scans;

	ScanController(Scans scans) {
		this.scans = scans;
	}

	@PostMapping("/api/organisations/{id}/scans")
	@ResponseStatus(HttpStatus.CREATED)
	SubmittedScan submit(@PathVariable UUID id, @Valid @RequestBody NewScan scan, OrganisationScope scope,
			Principal caller) {
		return this.scans.submit(visible(id, scope), scan, caller.getName());
	}

	@GetMapping("/api/organisations/{id}/scans")
	List<SubmittedScan> scans(@PathVariable UUID id, OrganisationScope scope) {
		return this.scans.forOrganisation(visible(id, scope));
	}

	@GetMapping("/api/organisations/{id}/scans/comparison")
	ScanComparison comparison(@PathVariable UUID id, OrganisationScope scope) {
		return this.scans.compare(visible(id, scope));
	}

	@GetMapping("/api/scans/sectors")
	List<SectorScans> sectors() {
		return this.scans.sectors();
	}

	/**
	 * A client asking for another organisation is told there is none: whether it exists
	 * is not theirs to know.
	 */
	private static UUID visible(UUID id, OrganisationScope scope) {
		if (!scope.includes(id)) {
			throw new OrganisationNotFound(id);
		}
		return id;
	}

}
