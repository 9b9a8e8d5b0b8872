package nl.schaduwklant.scheduler;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A campaign can be started once: starting it again would contact organisations twice.
 */
public class CampaignAlreadyStarted extends ErrorResponseException {

	public CampaignAlreadyStarted(UUID id, CampaignStatus status) {
		super(HttpStatus.CONFLICT, ProblemDetail.forStatus(HttpStatus.CONFLICT), null, null,
				new Object[] { id, status });
		getBody().setProperty("campaignId", id);
		getBody().setProperty("status", status);
	}

}
