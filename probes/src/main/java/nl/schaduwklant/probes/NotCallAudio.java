package nl.schaduwklant.probes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Audio that is not a telephone call's: not WAV, not mono at 8 kHz, or neither μ-law nor
 * 16-bit PCM.
 */
public class NotCallAudio extends ErrorResponseException {

	private final String reason;

	/**
	 * @param reason what the audio is instead
	 */
	public NotCallAudio(String reason) {
		super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null, null,
				new Object[] { reason });
		this.reason = reason;
		getBody().setProperty("reason", reason);
	}

	@Override
	public String getMessage() {
		return this.reason;
	}

}
