package nl.schaduwklant.scoring.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * There is no norm profile with the given id.
 */
class NormProfileNotFound extends ErrorResponseException {

	NormProfileNotFound(String id) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, null, new Object[] { id });
		getBody().setProperty("profile", id);
	}

}
