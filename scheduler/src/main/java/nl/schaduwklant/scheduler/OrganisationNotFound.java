package nl.schaduwklant.scheduler;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * There is no organisation with the given id.
 */
public class OrganisationNotFound extends ErrorResponseException {

	public OrganisationNotFound(UUID id) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, null, new Object[] { id });
		getBody().setProperty("organisationId", id);
	}

}
