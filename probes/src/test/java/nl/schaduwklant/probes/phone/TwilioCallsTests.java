package nl.schaduwklant.probes.phone;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The real Twilio SDK places calls against a WireMock server standing in for Twilio's
 * REST API: the request carries our TwiML URL, status callback with its four events and
 * asynchronous answering-machine detection; Twilio's error codes become clear reasons; a
 * call refused for the rate is tried again with back-off, and a request whose outcome is
 * unknown (no answer, a 5xx) is never repeated.
 */
class TwilioCallsTests {

	private static final String SID = "AC00000000000000000000000000000001";

	private static final String CALLS = "/2010-04-01/Accounts/" + SID + "/Calls.json";

	private static final UUID PROBE = UUID.fromString("7d3c9a52-1b2f-4e6a-9c1d-2f5e8b7a6c40");

	private final WireMockServer twilio = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private final List<Duration> backOffs = new ArrayList<>();

	private final List<Duration> rateWaits = new ArrayList<>();

	private TwilioCalls calls;

	@BeforeEach
	void start() {
		this.twilio.start();
		var properties = new TwilioProperties(SID, "secret-token", "+3185000000",
				URI.create("https://probe.example.nl"), URI.create("http://127.0.0.1:" + this.twilio.port()), 1,
				Duration.ofSeconds(60), Duration.ofMinutes(6), 3);
		Clock clock = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
		this.calls = new TwilioCalls(properties, new WebhookAddress(properties), TwilioCalls.client(properties),
				new CallRate(properties.callsPerSecond(), clock, this.rateWaits::add), this.backOffs::add, clock);
	}

	@AfterEach
	void stop() {
		this.twilio.stop();
	}

	@Test
	void shouldAskTwilioForTheCallWithOurTwimlCallbacksAndAsynchronousMachineDetection() {
		this.twilio.stubFor(post(urlEqualTo(CALLS)).willReturn(created()));

		PlacedCall call = this.calls.place(new CallOrder(PROBE, "+31201234567"));

		assertThat(call.sid()).isEqualTo("CA00000000000000000000000000000042");
		assertThat(call.status()).isEqualTo("queued");
		assertThat(call.requestedAt()).isEqualTo(Instant.parse("2026-12-02T09:00:00Z"));
		String base = "https://probe.example.nl/api/phone/calls/" + PROBE;
		this.twilio.verify(1,
				postRequestedFor(urlEqualTo(CALLS))
					.withHeader("Authorization",
							equalTo("Basic " + Base64.getEncoder()
								.encodeToString((SID + ":secret-token").getBytes(StandardCharsets.UTF_8))))
					.withFormParam("To", equalTo("+31201234567"))
					.withFormParam("From", equalTo("+3185000000"))
					.withFormParam("Url", equalTo(base + "/twiml"))
					.withFormParam("StatusCallback", equalTo(base + "/status"))
					.withFormParam("MachineDetection", equalTo("Enable"))
					.withFormParam("AsyncAmd", equalTo("true"))
					.withFormParam("AsyncAmdStatusCallback", equalTo(base + "/amd"))
					.withFormParam("Timeout", equalTo("60"))
					.withFormParam("TimeLimit", equalTo("660")));
		String body = this.twilio.getAllServeEvents().get(0).getRequest().getBodyAsString();
		assertThat(body).contains("StatusCallbackEvent=initiated", "StatusCallbackEvent=ringing",
				"StatusCallbackEvent=answered", "StatusCallbackEvent=completed");
	}

	@ParameterizedTest(name = "Twilio {0} (HTTP {1}) is {2}")
	@CsvSource({ "21211, 400, INVALID_NUMBER", "21217, 400, INVALID_NUMBER", "21215, 400, GEO_PERMISSION",
			"32205, 400, GEO_PERMISSION", "13227, 400, GEO_PERMISSION", "20003, 401, AUTHENTICATION",
			"21205, 400, OTHER" })
	void shouldTurnTwilioErrorCodesIntoReasonsThatNeverBlameTheOrganisation(int code, int status,
			CallNotPlaced.Refusal refusal) {
		this.twilio.stubFor(post(urlEqualTo(CALLS)).willReturn(error(code, status)));

		CallNotPlaced ex = catchThrowableOfType(CallNotPlaced.class,
				() -> this.calls.place(new CallOrder(PROBE, "+31201234567")));

		assertThat(ex.refusal()).isEqualTo(refusal);
		assertThat(ex.code()).isEqualTo(code);
		assertThat(ex.retryable()).isFalse();
		assertThat(ex.mayHaveBeenPlaced()).isFalse();
		assertThat(ex.getMessage()).contains("(Twilio " + code + ":");
		this.twilio.verify(1, postRequestedFor(urlEqualTo(CALLS)));
	}

	@Test
	void shouldBackOffAndTryAgainWhenTheAccountIsOverItsRate() {
		this.twilio.stubFor(post(urlEqualTo(CALLS)).inScenario("rate")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(error(20429, 429))
			.willSetStateTo("once"));
		this.twilio.stubFor(post(urlEqualTo(CALLS)).inScenario("rate")
			.whenScenarioStateIs("once")
			.willReturn(error(20429, 429))
			.willSetStateTo("twice"));
		this.twilio
			.stubFor(post(urlEqualTo(CALLS)).inScenario("rate").whenScenarioStateIs("twice").willReturn(created()));

		PlacedCall call = this.calls.place(new CallOrder(PROBE, "+31201234567"));

		assertThat(call.sid()).startsWith("CA");
		assertThat(this.backOffs).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
		this.twilio.verify(3, postRequestedFor(urlEqualTo(CALLS)));
	}

	@Test
	void shouldGiveUpAsRetryableLaterWhenTheRateLimitLasts() {
		this.twilio.stubFor(post(urlEqualTo(CALLS)).willReturn(error(20429, 429)));

		CallNotPlaced ex = catchThrowableOfType(CallNotPlaced.class,
				() -> this.calls.place(new CallOrder(PROBE, "+31201234567")));

		assertThat(ex.refusal()).isEqualTo(CallNotPlaced.Refusal.RATE_LIMITED);
		assertThat(ex.retryable()).isTrue();
		assertThat(this.backOffs).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
		this.twilio.verify(4, postRequestedFor(urlEqualTo(CALLS)));
	}

	@Test
	void shouldNeverRepeatARequestThatTwilioFailedOnItsSide() {
		this.twilio.stubFor(post(urlEqualTo(CALLS)).willReturn(error(20500, 500)));

		CallNotPlaced ex = catchThrowableOfType(CallNotPlaced.class,
				() -> this.calls.place(new CallOrder(PROBE, "+31201234567")));

		assertThat(ex.refusal()).isEqualTo(CallNotPlaced.Refusal.OUTCOME_UNKNOWN);
		assertThat(ex.mayHaveBeenPlaced()).isTrue();
		assertThat(ex.retryable()).isFalse();
		this.twilio.verify(1, postRequestedFor(urlEqualTo(CALLS)));
	}

	@Test
	void shouldTakeAFailureWithoutAStatusInTheAnswerAsOfUnknownOutcome() {
		this.twilio.stubFor(post(urlEqualTo(CALLS)).willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\": 20503, \"message\": \"Service unavailable\"}")));

		CallNotPlaced ex = catchThrowableOfType(CallNotPlaced.class,
				() -> this.calls.place(new CallOrder(PROBE, "+31201234567")));

		assertThat(ex.refusal()).isEqualTo(CallNotPlaced.Refusal.OUTCOME_UNKNOWN);
		assertThat(ex.mayHaveBeenPlaced()).isTrue();
		this.twilio.verify(1, postRequestedFor(urlEqualTo(CALLS)));
	}

	@Test
	void shouldKnowThatARequestThatNeverReachedTwilioPlacedNothing() {
		this.twilio.stop();

		CallNotPlaced ex = catchThrowableOfType(CallNotPlaced.class,
				() -> this.calls.place(new CallOrder(PROBE, "+31201234567")));

		assertThat(ex.refusal()).as("%s caused by %s", ex.getMessage(), ex.getCause())
			.isEqualTo(CallNotPlaced.Refusal.NOT_SENT);
		assertThat(ex.retryable()).isTrue();
		assertThat(ex.mayHaveBeenPlaced()).isFalse();
	}

	@Test
	void shouldNeverRepeatARequestThatGotNoAnswer() {
		this.twilio.stubFor(post(urlEqualTo(CALLS)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		CallNotPlaced ex = catchThrowableOfType(CallNotPlaced.class,
				() -> this.calls.place(new CallOrder(PROBE, "+31201234567")));

		assertThat(ex.refusal()).as("%s caused by %s", ex.getMessage(), ex.getCause())
			.isEqualTo(CallNotPlaced.Refusal.OUTCOME_UNKNOWN);
		assertThat(ex.mayHaveBeenPlaced()).isTrue();
		assertThat(ex.getMessage()).contains("it may have been placed");
		this.twilio.verify(1, postRequestedFor(urlEqualTo(CALLS)));
	}

	@Test
	void shouldSpaceCallsFromOneAccountToItsRate() throws InterruptedException {
		var clock = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
		List<Duration> waits = new ArrayList<>();
		var rate = new CallRate(2, clock, waits::add);

		Instant first = rate.awaitSlot();
		Instant second = rate.awaitSlot();
		Instant third = rate.awaitSlot();

		assertThat(Duration.between(first, second)).isEqualTo(Duration.ofMillis(500));
		assertThat(Duration.between(first, third)).isEqualTo(Duration.ofSeconds(1));
		assertThat(waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created() {
		return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
				{"sid": "CA00000000000000000000000000000042", "account_sid": "%s", "status": "queued",
				 "to": "+31201234567", "from": "+3185000000", "direction": "outbound-api"}
				""".formatted(SID));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int code, int status) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("""
				{"code": %d, "message": "refused in the test", "more_info": "https://www.twilio.com/docs/errors/%d",
				 "status": %d}
				""".formatted(code, code, status));
	}

}
