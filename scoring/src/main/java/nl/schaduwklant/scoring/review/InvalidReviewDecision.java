package nl.schaduwklant.scoring.review;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A decision that cannot be taken as asked, naming the field at fault.
 */
public class InvalidReviewDecision extends ErrorResponseException {

	/**
	 * @param field the field at fault
	 * @param problem what is wrong, in a few words
	 */
	public InvalidReviewDecision(String field, String problem) {
		super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null, null,
				new Object[] { field, problem });
		getBody().setProperty("field", field);
		getBody().setProperty("problem", problem);
	}

}
