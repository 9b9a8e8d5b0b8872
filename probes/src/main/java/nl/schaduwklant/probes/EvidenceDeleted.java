package nl.schaduwklant.probes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The content of a piece of evidence was deleted at the end of its retention period; its
 * hash and size remain.
 */
public class EvidenceDeleted extends ErrorResponseException {

	public EvidenceDeleted(EvidenceRef ref) {
		super(HttpStatus.GONE, ProblemDetail.forStatus(HttpStatus.GONE), null, null,
				new Object[] { ref.id(), ref.contentDeletedAt(), ref.sha256() });
		getBody().setProperty("evidenceId", ref.id());
		getBody().setProperty("sha256", ref.sha256());
		getBody().setProperty("contentDeletedAt", ref.contentDeletedAt().toString());
	}

}
