package nl.schaduwklant.scoring;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * There is no norm profile with the given id, or not that version of it.
 */
public class NormProfileNotFound extends ErrorResponseException {

	public NormProfileNotFound(String id, Integer version) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null,
				(version != null) ? "problemDetail.nl.schaduwklant.scoring.NormProfileNotFound.version" : null,
				new Object[] { id, version });
		getBody().setProperty("profile", id);
		if (version != null) {
			getBody().setProperty("version", version);
		}
	}

}
