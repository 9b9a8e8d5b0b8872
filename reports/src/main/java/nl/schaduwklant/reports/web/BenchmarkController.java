package nl.schaduwklant.reports.web;

import java.util.Locale;
import java.util.UUID;

import nl.schaduwklant.reports.BenchmarkRun;
import nl.schaduwklant.reports.ReportLauncher;
import nl.schaduwklant.reports.SectorBenchmark;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/campaigns/{campaignId}/benchmark")
class BenchmarkController {

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final ReportLauncher reports;

	BenchmarkController(ReportLauncher reports) {
		this.reports = reports;
	}

	@PostMapping("/runs")
	ResponseEntity<BenchmarkRun> run(@PathVariable UUID campaignId) {
		BenchmarkRun run = this.reports.runBenchmark(campaignId);
		return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{run}").build(run.run()))
			.body(run);
	}

	@GetMapping("/runs/{run}")
	SectorBenchmark run(@PathVariable UUID campaignId, @PathVariable long run) {
		return this.reports.benchmark(campaignId, run);
	}

	@GetMapping
	SectorBenchmark latest(@PathVariable UUID campaignId) {
		return this.reports.latestBenchmark(campaignId);
	}

	@GetMapping(path = "/sectors.csv", produces = "text/csv")
	ResponseEntity<byte[]> sectorFigures(@PathVariable UUID campaignId, Locale locale) {
		return download(this.reports.sectorFiguresCsv(campaignId, locale), "benchmark-" + campaignId + "-sectors.csv");
	}

	@GetMapping(path = "/organisations.csv", produces = "text/csv")
	ResponseEntity<byte[]> organisationRanks(@PathVariable UUID campaignId, Locale locale) {
		return download(this.reports.organisationRanksCsv(campaignId, locale),
				"benchmark-" + campaignId + "-organisations.csv");
	}

	private static ResponseEntity<byte[]> download(byte[] csv, String filename) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(csv);
	}

}
