package nl.schaduwklant.scoring.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import nl.schaduwklant.scoring.NormProfileCatalogue;
import nl.schaduwklant.scoring.norms.MalformedNormProfile;
import nl.schaduwklant.scoring.norms.NormProfile;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The norm profiles: read by everyone, a new version saved by an administrator as YAML
 * (validated, naming the line and field of any error); old versions stay readable.
 */
@RestController
@RequestMapping("/api/norm-profiles")
class NormProfileController {

	private final NormProfileCatalogue profiles;

	private final MessageSource messages;

	NormProfileController(NormProfileCatalogue profiles, MessageSource messages) {
		this.profiles = profiles;
		this.messages = messages;
	}

	@GetMapping
	List<NormProfile> latest() {
		return this.profiles.latest();
	}

	@GetMapping("/{id}")
	NormProfile profile(@PathVariable String id, @RequestParam(required = false) Integer version) {
		return this.profiles.get(id, version);
	}

	@GetMapping("/{id}/versions")
	List<NormProfileCatalogue.SavedVersion> versions(@PathVariable String id) {
		return this.profiles.versions(id);
	}

	@PutMapping(path = "/{id}",
			consumes = { "application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE })
	ResponseEntity<NormProfileCatalogue.SavedVersion> save(@PathVariable String id, @RequestBody String yaml,
			Principal admin) {
		NormProfileCatalogue.SavedVersion saved = this.profiles.save(id, yaml, admin.getName());
		return ResponseEntity.created(URI.create("/api/norm-profiles/" + id + "?version=" + saved.version()))
			.body(saved);
	}

	@ExceptionHandler(MalformedNormProfile.class)
	ResponseEntity<ProblemDetail> malformed(MalformedNormProfile ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(this.messages
			.getMessage("problemDetail.title.nl.schaduwklant.scoring.norms.MalformedNormProfile", null, locale));
		problem.setDetail(this.messages.getMessage("problem.normProfile.malformed",
				new Object[] { ex.line(), ex.field(), ex.problem() }, locale));
		problem.setProperty("line", ex.line());
		problem.setProperty("field", ex.field());
		return ResponseEntity.badRequest().body(problem);
	}

}
