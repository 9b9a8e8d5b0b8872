package nl.schaduwklant;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.schaduwklant.probes.EvidenceKind;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.TwilioAccount;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application refuses unsigned requests to the phone probe's webhooks before anything
 * handles them (signatures themselves: TwilioWebhookSignaturesTests), and leaves the rest
 * of the API alone.
 */
@SchaduwklantTest
class PhoneWebhookTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TwilioAccount account;

	@Autowired
	private EvidenceStore evidence;

	@Autowired
	private nl.schaduwklant.probes.PhoneCallbacks callbacks;

	@LocalServerPort
	private int port;

	@Test
	void shouldRefuseAnUnsignedStatusCallback() {
		assertThat(this.mvc.post()
			.uri("/api/phone/calls/7d3c9a52-1b2f-4e6a-9c1d-2f5e8b7a6c40/status")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("CallSid", "CA42")
			.param("CallStatus", "ringing")).hasStatus(403);
	}

	@Test
	void shouldKeepASignedCallbackOnceWhenTwilioDeliversItTwice() {
		UUID probe = UUID.randomUUID();
		String path = "/api/phone/calls/" + probe + "/status";
		Map<String, String> parameters = new TreeMap<>(Map.of("CallSid", "CA" + probe.toString().replace("-", ""),
				"CallStatus", "ringing", "SequenceNumber", "1", "AccountSid", this.account.accountSid()));
		for (int delivery = 0; delivery < 2; delivery++) {
			var request = this.mvc.post()
				.uri(path)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.header("X-Twilio-Signature", sign("http://127.0.0.1:" + this.port + path, parameters))
				.header("I-Twilio-Idempotency-Token", "token-" + probe);
			parameters.forEach(request::param);
			assertThat(request).hasStatusOk();
		}
		assertThat(this.evidence.forProbe(probe)).singleElement()
			.satisfies((ref) -> assertThat(ref.kind()).isEqualTo(EvidenceKind.CALL_EVENT));
		assertThat(new String(this.evidence.load(this.evidence.forProbe(probe).get(0).id()).content(),
				StandardCharsets.UTF_8))
			.contains("\"CallStatus\":\"ringing\"");
	}

	@Test
	void shouldAnswerACallFromANumberNoOrganisationHasAndKeepItUnmatched() {
		String path = "/api/phone/inbound";
		String sid = "CA" + UUID.randomUUID().toString().replace("-", "");
		Map<String, String> parameters = new TreeMap<>(Map.of("CallSid", sid, "From", "+31612345678", "To",
				"+31850000000", "Direction", "inbound", "AccountSid", this.account.accountSid()));
		for (int delivery = 0; delivery < 2; delivery++) {
			var request = this.mvc.post()
				.uri(path)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.header("X-Twilio-Signature", sign("http://127.0.0.1:" + this.port + path, parameters));
			parameters.forEach(request::param);
			assertThat(request).hasStatusOk().bodyText().contains("<Stream", "inboundCallSid", sid, "<Say");
		}
		assertThat(this.callbacks.unmatched()).filteredOn((callback) -> callback.callSid().equals(sid))
			.singleElement()
			.satisfies((callback) -> {
				assertThat(callback.probeId()).isNull();
				assertThat(callback.from()).isEqualTo("+31612345678");
				assertThat(callback.delay()).isNull();
			});
	}

	@Test
	void shouldHangUpACallThisNodeDoesNotFollow() {
		String path = "/api/phone/calls/" + UUID.randomUUID() + "/twiml";
		Map<String, String> parameters = Map.of("CallSid", "CA1", "AccountSid", this.account.accountSid());
		var request = this.mvc.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("X-Twilio-Signature", sign("http://127.0.0.1:" + this.port + path, parameters));
		parameters.forEach(request::param);
		assertThat(request).hasStatusOk().bodyText().contains("<Hangup/>").doesNotContain("<Stream");
	}

	@Test
	void shouldRefuseAMediaStreamWhoseHandshakeIsNotSigned() {
		var client = HttpClient.newHttpClient();
		assertThatThrownBy(() -> client.newWebSocketBuilder()
			.buildAsync(URI.create("ws://127.0.0.1:" + this.port + "/api/phone/stream"), new WebSocket.Listener() {
			})
			.get(10, TimeUnit.SECONDS)).cause()
			.isInstanceOf(WebSocketHandshakeException.class)
			.satisfies((cause) -> assertThat(((WebSocketHandshakeException) cause).getResponse().statusCode())
				.isEqualTo(403));
	}

	private String sign(String url, Map<String, String> parameters) {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(parameters).forEach((name, value) -> data.append(name).append(value));
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(this.account.authToken().getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void shouldRefuseAnUnsignedCallbackWhateverSpellingOfItsAddress() {
		for (String path : new String[] { "/api;x/phone/calls/7d3c9a52-1b2f-4e6a-9c1d-2f5e8b7a6c40/status",
				"/api/%70hone/calls/7d3c9a52-1b2f-4e6a-9c1d-2f5e8b7a6c40/max-wait" }) {
			// refused by the firewall in front of everything (400), or by the signature
			// check
			assertThat(this.mvc.post()
				.uri(java.net.URI.create(path))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("CallSid", "CA42")
				.param("CallStatus", "completed")
				.exchange()
				.getResponse()
				.getStatus()).as(path).isIn(400, 403);
		}
	}

	@Test
	void shouldNotAskTheRestOfTheApiForATwilioSignature() {
		assertThat(this.mvc.get().uri("/api/campaigns")).hasStatusOk();
	}

}
