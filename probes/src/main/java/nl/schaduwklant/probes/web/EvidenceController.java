package nl.schaduwklant.probes.web;

import java.util.UUID;

import nl.schaduwklant.probes.Evidence;
import nl.schaduwklant.probes.EvidenceDeleted;
import nl.schaduwklant.probes.EvidenceStore;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves evidence exactly as stored, as a download (never rendered inline), with its
 * SHA-256 so anyone can check it is unaltered.
 */
@RestController
class EvidenceController {

	static final String SHA256_HEADER = "X-Evidence-SHA256";

	private final EvidenceStore evidence;

	EvidenceController(EvidenceStore evidence) {
		this.evidence = evidence;
	}

	@GetMapping("/api/evidence/{id}")
	ResponseEntity<byte[]> download(@PathVariable UUID id) {
		Evidence found = this.evidence.load(id);
		if (found.ref().contentDeletedAt() != null) {
			throw new EvidenceDeleted(found.ref());
		}
		String extension = extension(found.ref().mediaType());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("evidence-" + id + extension).build().toString())
			.header(SHA256_HEADER, found.ref().sha256())
			.header("X-Evidence-Truncated", Boolean.toString(found.ref().truncated()))
			.header("X-Content-Type-Options", "nosniff")
			.body(found.content());
	}

	/**
	 * A file extension that opens the evidence in the right program; captured web pages
	 * are saved as text, so that opening one never runs the organisation's scripts.
	 */
	private static String extension(String mediaType) {
		return switch (mediaType) {
			case "message/rfc822" -> ".eml";
			case "image/png" -> ".png";
			case "application/json" -> ".json";
			case "text/html" -> ".html.txt";
			case "audio/wav" -> ".wav";
			case "application/xml" -> ".xml";
			default -> ".bin";
		};
	}

}
