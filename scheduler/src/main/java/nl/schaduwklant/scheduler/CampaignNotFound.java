package nl.schaduwklant.scheduler;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * There is no campaign with the given id.
 */
public class CampaignNotFound extends ErrorResponseException {

	public CampaignNotFound(UUID id) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, null, new Object[] { id });
		getBody().setProperty("campaignId", id);
	}

}
