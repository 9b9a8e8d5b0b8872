package nl.schaduwklant.scoring.web;

import java.io.IOException;

import nl.schaduwklant.scoring.EmailInspection;
import nl.schaduwklant.scoring.EmailInspector;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Explains what the e-mail probe and scoring conclude from a raw message (.eml), without
 * recording anything.
 */
@RestController
class EmailInspectionController {

	private final EmailInspector inspector;

	EmailInspectionController(EmailInspector inspector) {
		this.inspector = inspector;
	}

	@PostMapping(path = "/api/inspections/email",
			consumes = { "message/rfc822", MediaType.APPLICATION_OCTET_STREAM_VALUE, MediaType.TEXT_PLAIN_VALUE })
	EmailInspection inspect(@RequestBody byte[] raw) {
		return this.inspector.inspect(raw);
	}

	@PostMapping(path = "/api/inspections/email", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	EmailInspection inspectUpload(@RequestParam("file") MultipartFile file) throws IOException {
		return this.inspector.inspect(file.getBytes());
	}

}
