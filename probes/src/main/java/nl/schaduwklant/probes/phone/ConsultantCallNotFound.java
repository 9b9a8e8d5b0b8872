package nl.schaduwklant.probes.phone;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * This node follows no consultant-assisted call for the probe (never, or no longer: the
 * probe has settled).
 */
class ConsultantCallNotFound extends ErrorResponseException {

	ConsultantCallNotFound(UUID probeId) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, null,
				new Object[] { probeId });
		getBody().setProperty("probeId", probeId);
	}

}
