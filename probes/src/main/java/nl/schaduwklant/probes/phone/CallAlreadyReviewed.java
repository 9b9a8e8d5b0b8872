package nl.schaduwklant.probes.phone;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A call has its review already; the first one counts.
 */
class CallAlreadyReviewed extends ErrorResponseException {

	CallAlreadyReviewed(UUID probeId) {
		super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null, null, new Object[] { probeId });
		getBody().setProperty("probeId", probeId);
	}

}
