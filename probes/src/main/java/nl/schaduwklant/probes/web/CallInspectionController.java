package nl.schaduwklant.probes.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import nl.schaduwklant.probes.CallInspection;
import nl.schaduwklant.probes.CallInspector;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Explains what the phone probe hears in a call's audio (a WAV file of 8 kHz mono μ-law
 * or 16-bit PCM), without recording anything.
 */
@RestController
class CallInspectionController {

	private final CallInspector inspector = new CallInspector();

	@PostMapping(path = "/api/inspections/call",
			consumes = { "audio/wav", "audio/x-wav", "audio/wave", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	CallInspection inspect(@RequestBody byte[] wav,
			@RequestParam(name = "menuUntil", defaultValue = "0") double menuUntil) {
		return this.inspector.inspect(new ByteArrayInputStream(wav), menuUntil);
	}

	@PostMapping(path = "/api/inspections/call", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	CallInspection inspectUpload(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "menuUntil", defaultValue = "0") double menuUntil) throws IOException {
		return this.inspector.inspect(file.getInputStream(), menuUntil);
	}

}
