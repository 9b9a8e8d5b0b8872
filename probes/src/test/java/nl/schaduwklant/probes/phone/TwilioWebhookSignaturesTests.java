package nl.schaduwklant.probes.phone;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Only requests Twilio signed reach the phone webhooks: signatures are computed here as
 * Twilio documents them (HMAC-SHA1 of the URL and the sorted posted parameters, with the
 * auth token) and checked by the SDK's validator; missing, tampered and wrong-URL
 * signatures are refused with a 403.
 */
class TwilioWebhookSignaturesTests {

	private static final String TOKEN = "auth-token-of-the-test-account";

	private static final String BASE = "https://probe.example.nl";

	private static final String PATH = "/api/phone/calls/7d3c9a52-1b2f-4e6a-9c1d-2f5e8b7a6c40/status";

	private final MockMvc mvc = mvc(
			new TwilioProperties("AC1", TOKEN, "+3185000000", URI.create(BASE + "/"), null, 1, null, null, null));

	private static final Map<String, String> CALLBACK = Map.of("CallSid", "CA42", "CallStatus", "ringing",
			"SequenceNumber", "1", "Timestamp", "Wed, 02 Dec 2026 09:00:03 +0000");

	@Test
	void shouldLetASignedStatusCallbackThrough() throws Exception {
		this.mvc.perform(form(CALLBACK).header(TwilioWebhookSignatures.HEADER, sign(BASE + PATH, CALLBACK)))
			.andExpect(status().isOk())
			.andExpect(content().string("CA42 ringing"));
	}

	@Test
	void shouldRefuseACallbackWithoutASignature() throws Exception {
		this.mvc.perform(form(CALLBACK))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("This address accepts only requests signed by Twilio."));
	}

	@Test
	void shouldRefuseATamperedCallback() throws Exception {
		Map<String, String> tampered = new TreeMap<>(CALLBACK);
		tampered.put("CallStatus", "in-progress");
		this.mvc.perform(form(tampered).header(TwilioWebhookSignatures.HEADER, sign(BASE + PATH, CALLBACK)))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldRefuseACallbackSignedForAnotherAddress() throws Exception {
		this.mvc
			.perform(form(CALLBACK).header(TwilioWebhookSignatures.HEADER,
					sign("https://elsewhere.example" + PATH, CALLBACK)))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldCheckAJsonBodyByItsSha256AndStillHandItOn() throws Exception {
		String body = "{\"event\":\"stop\",\"streamSid\":\"MZ1\"}";
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
		String url = BASE + "/api/phone/events?bodySHA256=" + hash;
		String signature = sign(url, Map.of());

		this.mvc
			.perform(post("/api/phone/events").queryParam("bodySHA256", hash)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.header(TwilioWebhookSignatures.HEADER, signature))
			.andExpect(status().isOk())
			.andExpect(content().string(body));
		this.mvc
			.perform(post("/api/phone/events").queryParam("bodySHA256", hash)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.replace("stop", "start"))
				.header(TwilioWebhookSignatures.HEADER, signature))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldRefuseEverythingWhenNoAccountIsConfigured() throws Exception {
		MockMvc unconfigured = mvc(new TwilioProperties(null, null, null, null, null, 1, null, null, null));
		unconfigured.perform(form(CALLBACK).header(TwilioWebhookSignatures.HEADER, sign(BASE + PATH, CALLBACK)))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldLetAnAsynchronousReaderReadTheCheckedBodyAtOnce() throws Exception {
		var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/api/phone/events");
		request.setContent("{\"event\":\"media\"}".getBytes(StandardCharsets.UTF_8));
		var body = new TwilioWebhookSignatures.CachedBody(request);
		var input = body.getInputStream();
		var events = new java.util.ArrayList<String>();

		input.setReadListener(new jakarta.servlet.ReadListener() {

			@Override
			public void onDataAvailable() throws java.io.IOException {
				events.add("available: " + new String(input.readAllBytes(), StandardCharsets.UTF_8));
			}

			@Override
			public void onAllDataRead() {
				events.add("all read");
			}

			@Override
			public void onError(Throwable error) {
				events.add("error " + error);
			}

		});

		org.assertj.core.api.Assertions.assertThat(events)
			.containsExactly("available: {\"event\":\"media\"}", "all read");
		org.assertj.core.api.Assertions.assertThat(input.isFinished()).isTrue();
	}

	private static MockMvc mvc(TwilioProperties properties) {
		return MockMvcBuilders.standaloneSetup(new Webhooks())
			.addFilters(new TwilioWebhookSignatures(properties, new WebhookAddress(properties)))
			.build();
	}

	private static MockHttpServletRequestBuilder form(Map<String, String> parameters) {
		MockHttpServletRequestBuilder request = post(PATH).contentType(MediaType.APPLICATION_FORM_URLENCODED);
		parameters.forEach(request::param);
		return request;
	}

	/**
	 * Twilio's signature: Base64 of the HMAC-SHA1, keyed with the auth token, of the URL
	 * followed by each posted parameter's name and value, sorted by name.
	 */
	private static String sign(String url, Map<String, String> parameters) throws Exception {
		var data = new StringBuilder(url);
		new TreeMap<>(parameters).forEach((name, value) -> data.append(name).append(value));
		Mac mac = Mac.getInstance("HmacSHA1");
		mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
		return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
	}

	@RestController
	static class Webhooks {

		@PostMapping(PATH)
		String status(@RequestParam("CallSid") String callSid, @RequestParam("CallStatus") String callStatus) {
			return callSid + " " + callStatus;
		}

		@PostMapping("/api/phone/events")
		String events(@RequestBody String body) {
			return body;
		}

	}

}
