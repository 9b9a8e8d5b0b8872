package nl.schaduwklant.reports;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The benchmark job could not run or did not complete.
 */
public class BenchmarkFailed extends ErrorResponseException {

	public BenchmarkFailed(UUID campaignId, String reason, Throwable cause) {
		super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), cause, null,
				new Object[] { campaignId, reason });
		getBody().setProperty("campaignId", campaignId);
		getBody().setProperty("reason", reason);
	}

}
