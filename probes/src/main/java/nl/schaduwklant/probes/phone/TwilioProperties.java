package nl.schaduwklant.probes.phone;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The Twilio account the phone probe calls from.
 *
 * @param accountSid the account ({@code AC…})
 * @param authToken its auth token: set it in the environment
 * ({@code SCHADUWKLANT_PROBES_PHONE_TWILIO_AUTH_TOKEN}), never in a file
 * @param from the caller ID calls are made from, in E.164 ({@code +31…})
 * @param publicBaseUrl where Twilio reaches this node's webhooks (TwiML, status
 * callbacks, Media Streams); signatures are checked against it
 * @param apiRoute sends every REST request to this address over plain HTTP instead of to
 * Twilio (the sandbox's emulator, or a test server); absent in production
 * @param callsPerSecond the most calls placed per second from this account (Twilio's
 * default is 1)
 * @param ringTimeout how long a call may ring before Twilio gives up
 * @param maxWait the longest the probe stays on the line waiting for a person (default 6
 * minutes, so that a 5-minute limit can be judged)
 * @param rateLimitRetries how often a call refused for the account's rate (20429) is
 * tried again, with doubling back-off from one second
 * @param listenAfterQuestion how long the probe listens to the answer after putting the
 * question to the person, before it thanks them and hangs up
 * @param concurrentCalls how many calls this node follows at once (each with its media
 * stream); derived from {@code schaduwklant.capacity.contacts}
 * @param recordingRetention how long the audio of a call is kept (default 90 days); then
 * its content is deleted and its hash, size and the measurement remain
 * @param localWebhooks whether, without a public base URL, Twilio (the sandbox's
 * emulator) reaches the webhooks at this node's own address, 127.0.0.1 and the port it
 * listens on
 * @param consultantReviewWait how long a consultant-assisted probe waits, after the call,
 * for the consultant's review (default 10 minutes); without it the call is measured
 * unreviewed
 * @param callbackListen how long a call to our caller ID (an organisation calling back)
 * is listened to and recorded after its short message (default 60 seconds)
 */
@ConfigurationProperties("schaduwklant.probes.phone.twilio")
public record TwilioProperties(String accountSid, String authToken, String from, URI publicBaseUrl, URI apiRoute,
		double callsPerSecond, Duration ringTimeout, Duration maxWait, Integer rateLimitRetries,
		Duration listenAfterQuestion, Integer concurrentCalls, Duration recordingRetention, boolean localWebhooks,
		Duration consultantReviewWait, Duration callbackListen) {

	@ConstructorBinding
	public TwilioProperties {
		callsPerSecond = (callsPerSecond > 0) ? callsPerSecond : 1;
		ringTimeout = (ringTimeout != null) ? ringTimeout : Duration.ofSeconds(60);
		maxWait = (maxWait != null) ? maxWait : Duration.ofMinutes(6);
		rateLimitRetries = (rateLimitRetries != null) ? Math.max(0, rateLimitRetries) : 3;
		listenAfterQuestion = (listenAfterQuestion != null) ? listenAfterQuestion : Duration.ofSeconds(30);
		concurrentCalls = (concurrentCalls != null) ? Math.max(1, concurrentCalls) : 8;
		recordingRetention = (recordingRetention != null) ? recordingRetention : Duration.ofDays(90);
		consultantReviewWait = (consultantReviewWait != null) ? consultantReviewWait : Duration.ofMinutes(10);
		callbackListen = (callbackListen != null) ? callbackListen : Duration.ofSeconds(60);
	}

	public TwilioProperties(String accountSid, String authToken, String from, URI publicBaseUrl, URI apiRoute,
			double callsPerSecond, Duration ringTimeout, Duration maxWait, Integer rateLimitRetries) {
		this(accountSid, authToken, from, publicBaseUrl, apiRoute, callsPerSecond, ringTimeout, maxWait,
				rateLimitRetries, null, null, null, false, null, null);
	}

	/**
	 * @param account an account given by the installation
	 * @return these settings with that account, reaching the webhooks locally unless a
	 * public base URL is set
	 */
	TwilioProperties with(nl.schaduwklant.probes.TwilioAccount account) {
		return new TwilioProperties(account.accountSid(), account.authToken(), account.from(), this.publicBaseUrl,
				account.apiRoute(), this.callsPerSecond, this.ringTimeout, this.maxWait, this.rateLimitRetries,
				this.listenAfterQuestion, this.concurrentCalls, this.recordingRetention, true,
				this.consultantReviewWait, this.callbackListen);
	}

	/**
	 * @return whether an account is configured
	 */
	public boolean configured() {
		return this.accountSid != null && !this.accountSid.isBlank() && this.authToken != null
				&& !this.authToken.isBlank() && this.from != null && (this.publicBaseUrl != null || this.localWebhooks);
	}

	@Override
	public String toString() {
		return "TwilioProperties[accountSid=" + this.accountSid + ", from=" + this.from + ", publicBaseUrl="
				+ this.publicBaseUrl + ", apiRoute=" + this.apiRoute + ", callsPerSecond=" + this.callsPerSecond + "]";
	}

}
