package nl.schaduwklant.probes.phone;

import java.util.List;
import java.util.UUID;

import nl.schaduwklant.probes.PhoneCallback;
import nl.schaduwklant.probes.PhoneCallbacks;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calls organisations made back: those matched to a probe, or those from a number no
 * organisation has.
 */
@RestController
class CallbackController {

	private final PhoneCallbacks callbacks;

	CallbackController(PhoneCallbacks callbacks) {
		this.callbacks = callbacks;
	}

	@GetMapping("/api/callbacks")
	List<PhoneCallback> callbacks(@RequestParam(name = "probeId", required = false) UUID probeId) {
		return (probeId != null) ? this.callbacks.forProbe(probeId) : this.callbacks.unmatched();
	}

}
