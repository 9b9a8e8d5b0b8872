package nl.schaduwklant.probes.phone;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Number;
import com.twilio.twiml.voice.Parameter;
import com.twilio.twiml.voice.Pause;
import com.twilio.twiml.voice.Play;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;
import com.twilio.twiml.voice.Start;
import com.twilio.twiml.voice.Stream;
import nl.schaduwklant.scheduler.MenuStep;

/**
 * The TwiML the phone probe serves, built with the Twilio SDK's TwiML classes: the
 * opening of a call (the organisation's audio streamed to us, the way through its menu,
 * the wait, and a clean hang-up after the longest wait), the question put to the person,
 * and the hang-up.
 */
final class CallTwiml {

	static final String STREAM_PATH = TwilioWebhookSignatures.PATH + "stream";

	/** The stream's custom parameter that names the probe. */
	static final String PROBE_PARAMETER = "probeId";

	/** The stream's custom parameter that names an inbound call (a callback). */
	static final String INBOUND_PARAMETER = "inboundCallSid";

	private final WebhookAddress address;

	CallTwiml(WebhookAddress address) {
		this.address = address;
	}

	static String callPath(UUID probeId) {
		return TwilioWebhookSignatures.PATH + "calls/" + probeId;
	}

	/**
	 * @param menu the way through an organisation's menu
	 * @return how long after the connect (on the call's audio) its last key is pressed or
	 * phrase said: until then, speech is the menu
	 */
	static double menuSeconds(List<MenuStep> menu) {
		double seconds = 0;
		for (MenuStep step : menu) {
			seconds += step.waitSeconds();
			if (step.digits() != null) {
				for (char key : step.digits().toCharArray()) {
					seconds += (key == 'w') ? 0.5 : 0.1;
				}
			}
			else if (step.say() != null) {
				seconds += 0.4 * step.say().split("\\s+").length;
			}
		}
		return seconds;
	}

	/**
	 * @param probeId the probe
	 * @param menu the way through the organisation's menu
	 * @param maxWait the longest wait, from the connect, for a person
	 * @return the call's first TwiML
	 */
	String opening(UUID probeId, List<MenuStep> menu, Duration maxWait) {
		var stream = new Stream.Builder().url(this.address.webSocket(STREAM_PATH).toString())
			.track(Stream.Track.INBOUND_TRACK)
			.parameter(new Parameter.Builder().name(PROBE_PARAMETER).value(probeId.toString()).build())
			.build();
		var response = new VoiceResponse.Builder().start(new Start.Builder().stream(stream).build());
		long waited = 0;
		for (MenuStep step : menu) {
			if (step.waitSeconds() > 0) {
				response.pause(new Pause.Builder().length(step.waitSeconds()).build());
				waited += step.waitSeconds();
			}
			if (step.digits() != null && !step.digits().isBlank()) {
				response.play(new Play.Builder().digits(step.digits()).build());
			}
			else if (step.say() != null && !step.say().isBlank()) {
				response.say(dutch(step.say()));
			}
		}
		long rest = Math.max(1, maxWait.toSeconds() - waited);
		response.pause(new Pause.Builder().length((int) rest).build());
		response.redirect(new Redirect.Builder(this.address.resolve(callPath(probeId) + "/max-wait")).build());
		return response.build().toXml();
	}

	/**
	 * The bridge of a consultant-assisted call, once the consultant asked for it: the
	 * organisation's audio, as the consultant hears it, is streamed to us, and the
	 * consultant is bridged to the organisation, whose leg reports its progress to the
	 * probe's status callback. The consultant finds the way through the menu and asks the
	 * question; the bridge ends at the longest wait plus the conversation.
	 * @param probeId the probe
	 * @param organisation the organisation's number
	 * @param callerId the caller ID the organisation sees
	 * @param ringTimeout how long the organisation's line may ring
	 * @param timeLimit the longest the bridge lasts
	 * @return the TwiML
	 */
	String bridge(UUID probeId, String organisation, String callerId, Duration ringTimeout, Duration timeLimit) {
		var stream = new Stream.Builder().url(this.address.webSocket(STREAM_PATH).toString())
			.track(Stream.Track.OUTBOUND_TRACK)
			.parameter(new Parameter.Builder().name(PROBE_PARAMETER).value(probeId.toString()).build())
			.build();
		var number = new Number.Builder(organisation)
			.statusCallback(this.address.resolve(callPath(probeId) + "/status").toString())
			.statusCallbackEvents(List.of(Number.Event.INITIATED, Number.Event.RINGING, Number.Event.ANSWERED,
					Number.Event.COMPLETED))
			.build();
		var dial = new Dial.Builder().callerId(callerId)
			.timeout((int) ringTimeout.toSeconds())
			.timeLimit((int) Math.max(1, timeLimit.toSeconds()))
			.action(this.address.resolve(callPath(probeId) + "/dial-ended").toString())
			.number(number)
			.build();
		return new VoiceResponse.Builder().start(new Start.Builder().stream(stream).build()).dial(dial).build().toXml();
	}

	/**
	 * The first TwiML of a consultant-assisted call: the consultant hears which
	 * organisation comes and presses 1 to be bridged, so that a voicemail or a forwarding
	 * service that picks up the consultant's phone never rings the organisation.
	 * @param probeId the probe
	 * @param announcement what the consultant hears
	 * @param nobody what they hear when they press nothing
	 * @return the TwiML
	 */
	String consultantAnswered(UUID probeId, String announcement, String nobody) {
		var gather = new Gather.Builder().numDigits(1)
			.timeout(10)
			.action(this.address.resolve(callPath(probeId) + "/connect").toString())
			.say(dutch(announcement))
			.build();
		return new VoiceResponse.Builder().gather(gather)
			.say(dutch(nobody))
			.hangup(new Hangup.Builder().build())
			.build()
			.toXml();
	}

	/**
	 * @param question what to ask the person
	 * @param listen how long to listen to the answer
	 * @param thanks what to say before hanging up
	 * @return TwiML that asks it, listens, thanks and hangs up
	 */
	String question(String question, Duration listen, String thanks) {
		return new VoiceResponse.Builder().say(dutch(question))
			.pause(new Pause.Builder().length((int) Math.max(1, listen.toSeconds())).build())
			.say(dutch(thanks))
			.hangup(new Hangup.Builder().build())
			.build()
			.toXml();
	}

	/**
	 * Answers a call to our caller ID: what the caller says is streamed to us (the
	 * recording), they hear a short message, and we listen before hanging up.
	 * @param callSid the inbound call
	 * @param message what the caller hears
	 * @param listen how long to listen to them
	 * @return the TwiML
	 */
	String inbound(String callSid, String message, Duration listen) {
		var stream = new Stream.Builder().url(this.address.webSocket(STREAM_PATH).toString())
			.track(Stream.Track.INBOUND_TRACK)
			.parameter(new Parameter.Builder().name(INBOUND_PARAMETER).value(callSid).build())
			.build();
		return new VoiceResponse.Builder().start(new Start.Builder().stream(stream).build())
			.say(dutch(message))
			.pause(new Pause.Builder().length((int) Math.max(1, listen.toSeconds())).build())
			.hangup(new Hangup.Builder().build())
			.build()
			.toXml();
	}

	/**
	 * @return TwiML that hangs up at once
	 */
	static String hangUp() {
		return new VoiceResponse.Builder().hangup(new Hangup.Builder().build()).build().toXml();
	}

	private static Say dutch(String text) {
		return new Say.Builder(text.strip()).language(Say.Language.NL_NL).build();
	}

}
