package nl.schaduwklant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application refuses unsigned requests to the phone probe's webhooks before anything
 * handles them (signatures themselves: TwilioWebhookSignaturesTests), and leaves the rest
 * of the API alone.
 */
@SchaduwklantTest
class PhoneWebhookTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void shouldRefuseAnUnsignedStatusCallback() {
		assertThat(this.mvc.post()
			.uri("/api/phone/calls/7d3c9a52-1b2f-4e6a-9c1d-2f5e8b7a6c40/status")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("CallSid", "CA42")
			.param("CallStatus", "ringing")).hasStatus(403);
	}

	@Test
	void shouldNotAskTheRestOfTheApiForATwilioSignature() {
		assertThat(this.mvc.get().uri("/api/campaigns")).hasStatusOk();
	}

}
