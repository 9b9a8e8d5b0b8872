package nl.schaduwklant.probes.phone;

import java.util.UUID;

import nl.schaduwklant.probes.CallMark;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A consultant's mark that cannot count: the organisation's line has not connected, the
 * call has ended, or the same mark was made before (the first counts).
 */
class CallMarkRefused extends ErrorResponseException {

	CallMarkRefused(UUID probeId, CallMark mark, LiveCall.MarkResult reason) {
		super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null,
				"problemDetail." + CallMarkRefused.class.getName() + "." + reason.name(),
				new Object[] { probeId, mark });
		getBody().setProperty("probeId", probeId);
		getBody().setProperty("mark", mark);
		getBody().setProperty("reason", reason);
	}

}
