package nl.schaduwklant.probes;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * There is no probe with the given id.
 */
public class ProbeNotFound extends ErrorResponseException {

	public ProbeNotFound(UUID id) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, null, new Object[] { id });
		getBody().setProperty("probeId", id);
	}

}
