package nl.schaduwklant.reports;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The benchmark of a campaign has not been run yet.
 */
public class BenchmarkNotFound extends ErrorResponseException {

	public BenchmarkNotFound(UUID campaignId) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, null,
				new Object[] { campaignId });
		getBody().setProperty("campaignId", campaignId);
	}

}
