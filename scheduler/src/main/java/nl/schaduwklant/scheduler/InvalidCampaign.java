package nl.schaduwklant.scheduler;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.Errors;
import org.springframework.web.ErrorResponseException;

/**
 * A campaign that is well-formed but cannot be run as defined: it names organisations or
 * scenarios that do not exist, or channels an organisation cannot be reached on. Carries
 * one error per offending field.
 */
public class InvalidCampaign extends ErrorResponseException {

	private final transient Errors errors;

	public InvalidCampaign(Errors errors) {
		super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null);
		this.errors = errors;
	}

	public Errors getErrors() {
		return this.errors;
	}

}
