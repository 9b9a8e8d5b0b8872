package nl.schaduwklant.access;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * There is no user with the given name.
 */
public class UserAccountNotFound extends ErrorResponseException {

	public UserAccountNotFound(String username) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, null,
				new Object[] { username });
		getBody().setProperty("username", username);
	}

}
