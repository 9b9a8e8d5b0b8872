package nl.schaduwklant.access;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An account that cannot be created as asked, naming the field at fault.
 */
public class InvalidUserAccount extends ErrorResponseException {

	private final String field;

	/**
	 * @param field the field at fault
	 * @param reason the message code's last part: {@code taken},
	 * {@code organisationRequired}, {@code organisationNotAllowed},
	 * {@code organisationUnknown}
	 */
	public InvalidUserAccount(String field, String reason) {
		super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null,
				"problemDetail.nl.schaduwklant.access.InvalidUserAccount." + reason, new Object[] { field });
		this.field = field;
		getBody().setProperty("field", field);
	}

	/**
	 * @return the field at fault
	 */
	public String field() {
		return this.field;
	}

}
