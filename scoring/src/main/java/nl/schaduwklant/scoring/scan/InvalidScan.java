package nl.schaduwklant.scoring.scan;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A scan that cannot be scored, naming the field at fault.
 */
public class InvalidScan extends ErrorResponseException {

	public InvalidScan(String field, String problem) {
		super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null, null,
				new Object[] { field, problem });
		getBody().setProperty("field", field);
	}

}
