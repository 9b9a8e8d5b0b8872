package nl.schaduwklant.probes.phone;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.HttpHost;

/**
 * Places mystery calls through the Twilio REST API, with the client built for this
 * account and passed explicitly (no global {@code Twilio.init}): Twilio fetches the
 * call's TwiML from us, reports its progress (initiated, ringing, answered, completed) to
 * our status callback and runs answering-machine detection asynchronously, as evidence.
 * Calls are spaced to the account's rate; one refused for the rate is tried again with
 * back-off (a refused call was not placed, so this calls nobody twice). Whether a request
 * that got no answer placed a call is not guessed: it says so, and the call is looked up,
 * never placed again.
 */
class TwilioCalls {

	static final List<String> STATUS_EVENTS = List.of("initiated", "ringing", "answered", "completed");

	private static final Set<Integer> INVALID_NUMBER = Set.of(21211, 21217);

	private static final Set<Integer> GEO_PERMISSION = Set.of(21215, 32205, 13227);

	private static final int RATE_LIMITED = 20429;

	private static final int AUTHENTICATION = 20003;

	/** Time allowed for the question and the answer after the wait for a person. */
	static final Duration CONVERSATION = Duration.ofMinutes(5);

	private final TwilioProperties properties;

	private final WebhookAddress address;

	private final TwilioRestClient client;

	private final CallRate rate;

	private final CallRate.Pause backOff;

	private final Clock clock;

	TwilioCalls(TwilioProperties properties, WebhookAddress address, TwilioRestClient client, CallRate rate,
			CallRate.Pause backOff, Clock clock) {
		this.properties = properties;
		this.address = address;
		this.client = client;
		this.rate = rate;
		this.backOff = backOff;
		this.clock = clock;
	}

	/**
	 * @param properties the account
	 * @return a REST client for it, routed to {@code apiRoute} when that is set
	 */
	static TwilioRestClient client(TwilioProperties properties) {
		HttpClientBuilder http = HttpClientBuilder.create().disableAutomaticRetries();
		URI route = properties.apiRoute();
		if (route != null) {
			HttpHost host = new HttpHost("http", route.getHost(), route.getPort());
			http.setRoutePlanner((target, context) -> new HttpRoute(host));
		}
		return new TwilioRestClient.Builder(properties.accountSid(), properties.authToken())
			.httpClient(new OneAttempt(http))
			.build();
	}

	/**
	 * Places one call.
	 * @param order the call
	 * @return the call Twilio accepted
	 * @throws CallNotPlaced when Twilio refused it, or may or may not have placed it
	 */
	PlacedCall place(CallOrder order) {
		for (int attempt = 0;; attempt++) {
			Instant requestedAt;
			try {
				this.rate.awaitSlot();
				requestedAt = this.clock.instant();
				Call call = creator(order).create(this.client);
				return new PlacedCall(call.getSid(), String.valueOf(call.getStatus()), requestedAt);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new CallNotPlaced(CallNotPlaced.Refusal.NOT_SENT, null,
						"interrupted before the call was requested", ex);
			}
			catch (ApiConnectionException ex) {
				throw noAnswer(ex);
			}
			catch (ApiException ex) {
				Integer status = ex.getStatusCode();
				if (status == null || status < 400 || status >= 500) {
					// no HTTP answer (the SDK wraps I/O failures this way too), a 5xx, or
					// an
					// answer without a status: Twilio may have placed the call
					throw noAnswer(ex);
				}
				CallNotPlaced.Refusal refusal = refusal(ex);
				if (refusal == CallNotPlaced.Refusal.RATE_LIMITED && attempt < this.properties.rateLimitRetries()) {
					pause(Duration.ofSeconds(1L << attempt));
					continue;
				}
				throw new CallNotPlaced(refusal, ex.getCode(), describe(refusal, ex), ex);
			}
		}
	}

	/**
	 * @return why a request got no usable answer: never sent (no connection could be made
	 * or had in time, so nothing was placed), or sent without a clear answer (the call
	 * may have been placed)
	 */
	private static CallNotPlaced noAnswer(RuntimeException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof ConnectTimeoutException || cause instanceof ConnectionRequestTimeoutException) {
				return new CallNotPlaced(CallNotPlaced.Refusal.NOT_SENT, null,
						"the request to place the call never reached Twilio (" + cause + ")", ex);
			}
		}
		return new CallNotPlaced(CallNotPlaced.Refusal.OUTCOME_UNKNOWN,
				(ex instanceof ApiException api) ? api.getCode() : null,
				"Twilio gave no clear answer to the request to place the call (" + ex.getMessage()
						+ "); it may have been placed",
				ex);
	}

	private com.twilio.rest.api.v2010.account.CallCreator creator(CallOrder order) {
		String calls = CallTwiml.callPath(order.probeId());
		WebhookAddress base = this.address;
		if (order.consultant() != null) {
			// the consultant's leg: no answering-machine detection (it is our own
			// consultant), its callbacks apart from the organisation's leg
			return Call
				.creator(new PhoneNumber(order.consultant()), new PhoneNumber(this.properties.from()),
						base.resolve(calls + "/twiml"))
				.setStatusCallback(base.resolve(calls + "/consultant-status"))
				.setStatusCallbackEvent(STATUS_EVENTS)
				.setTimeout((int) this.properties.ringTimeout().toSeconds())
				.setTimeLimit((int) this.properties.maxWait().plus(CONVERSATION).plusMinutes(1).toSeconds());
		}
		return Call
			.creator(new PhoneNumber(order.to()), new PhoneNumber(this.properties.from()),
					base.resolve(calls + "/twiml"))
			.setStatusCallback(base.resolve(calls + "/status"))
			.setStatusCallbackEvent(STATUS_EVENTS)
			.setMachineDetection("Enable")
			.setAsyncAmd("true")
			.setAsyncAmdStatusCallback(base.resolve(calls + "/amd"))
			.setTimeout((int) this.properties.ringTimeout().toSeconds())
			.setTimeLimit((int) this.properties.maxWait().plus(CONVERSATION).toSeconds());
	}

	/**
	 * Replaces what a live call does next with new TwiML (the question, once a person
	 * answered).
	 * @param sid the call
	 * @param twiml what it does now
	 */
	void redirect(String sid, String twiml) {
		Call.updater(sid).setTwiml(twiml).update(this.client);
	}

	/**
	 * Ends a call that may still be live; one that has ended already stays as it is.
	 * @param sid the call
	 */
	void hangUp(String sid) {
		try {
			Call.updater(sid).setStatus(Call.UpdateStatus.COMPLETED).update(this.client);
		}
		catch (ApiException ex) {
			if (ex.getStatusCode() == null || ex.getStatusCode() != 404) {
				throw ex;
			}
		}
	}

	/**
	 * @param sid a call
	 * @return its status as Twilio has it now, e.g. {@code in-progress} or
	 * {@code completed}
	 */
	String status(String sid) {
		return String.valueOf(Call.fetcher(sid).fetch(this.client).getStatus());
	}

	private static CallNotPlaced.Refusal refusal(ApiException ex) {
		Integer code = ex.getCode();
		Integer status = ex.getStatusCode();
		if (code != null && INVALID_NUMBER.contains(code)) {
			return CallNotPlaced.Refusal.INVALID_NUMBER;
		}
		if (code != null && GEO_PERMISSION.contains(code)) {
			return CallNotPlaced.Refusal.GEO_PERMISSION;
		}
		if ((code != null && code == RATE_LIMITED) || (status != null && status == 429)) {
			return CallNotPlaced.Refusal.RATE_LIMITED;
		}
		if ((code != null && code == AUTHENTICATION) || (status != null && status == 401)) {
			return CallNotPlaced.Refusal.AUTHENTICATION;
		}
		return CallNotPlaced.Refusal.OTHER;
	}

	private static String describe(CallNotPlaced.Refusal refusal, ApiException ex) {
		String what = switch (refusal) {
			case INVALID_NUMBER -> "the organisation's number is not a valid phone number";
			case GEO_PERMISSION -> "the Twilio account may not call this number (geographic permissions)";
			case RATE_LIMITED -> "the Twilio account placed calls too fast, even after backing off";
			case AUTHENTICATION -> "Twilio refused the account's SID or auth token";
			default -> "Twilio refused the call";
		};
		return what + " (Twilio " + ex.getCode() + ": " + ex.getMessage() + ")";
	}

	private void pause(Duration duration) {
		try {
			this.backOff.pause(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CallNotPlaced(CallNotPlaced.Refusal.RATE_LIMITED, RATE_LIMITED,
					"interrupted while backing off from Twilio's rate limit", ex);
		}
	}

	/**
	 * The SDK's client without the SDK's own retries: it repeats a request answered with
	 * any 5xx up to three times, which for a request that places a call could call an
	 * organisation twice. A call request is made exactly once; what to do next is decided
	 * here.
	 */
	static final class OneAttempt extends NetworkHttpClient {

		OneAttempt(HttpClientBuilder builder) {
			super(builder);
		}

		@Override
		public Response reliableRequest(Request request) {
			return makeRequest(request);
		}

		@Override
		public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
			return makeRequest(request);
		}

	}

}
