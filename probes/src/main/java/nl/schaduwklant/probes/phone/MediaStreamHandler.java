package nl.schaduwklant.probes.phone;

import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * Receives Twilio Media Streams: {@code connected}, then {@code start} (which names the
 * probe in its custom parameters), {@code media} messages with base64 μ-law 8 kHz audio
 * and the millisecond at which each starts on the stream's timeline, and {@code stop}.
 * The audio goes to the call this node follows; the stream's start is received on our
 * clock, which places the stream's timeline on it. The handshake is signed like every
 * webhook (see {@link TwilioWebhookSignatures}).
 */
class MediaStreamHandler extends TextWebSocketHandler {

	private static final Logger log = LoggerFactory.getLogger(MediaStreamHandler.class);

	private static final String CALL = "call";

	private static final String INBOUND = "inbound";

	private final LiveCalls calls;

	private final InboundCalls inbound;

	private final JdbcPhoneCallbacks callbacks;

	private final JsonMapper json;

	private final Clock clock;

	MediaStreamHandler(LiveCalls calls, InboundCalls inbound, JdbcPhoneCallbacks callbacks, JsonMapper json,
			Clock clock) {
		this.calls = calls;
		this.inbound = inbound;
		this.callbacks = callbacks;
		this.json = json;
		this.clock = clock;
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) {
		var receivedAt = this.clock.instant();
		JsonNode event = this.json.readTree(message.getPayload());
		switch (event.path("event").asString("")) {
			case "start" -> {
				JsonNode start = event.path("start");
				String inboundSid = start.path("customParameters").path(CallTwiml.INBOUND_PARAMETER).asString("");
				if (!inboundSid.isEmpty()) {
					var recording = this.inbound.get(inboundSid)
						.filter((found) -> inboundSid.equals(start.path("callSid").asString("")));
					if (recording.isEmpty()) {
						log.warn("A media stream for inbound call {}, which this node is not answering, is closed",
								inboundSid);
						close(session);
						return;
					}
					session.getAttributes().put(INBOUND, recording.get());
					return;
				}
				String probe = start.path("customParameters").path(CallTwiml.PROBE_PARAMETER).asString("");
				Optional<LiveCall> call = parse(probe).flatMap(this.calls::get);
				if (call.isEmpty()) {
					log.warn("A media stream for probe '{}' (call {}), which this node does not follow, is closed",
							probe, start.path("callSid").asString(""));
					close(session);
					return;
				}
				String streamSid = event.path("streamSid").asString(start.path("streamSid").asString(""));
				if (!call.get().acceptStream(streamSid, start.path("callSid").asString(null))) {
					log.warn("A second media stream, or one for another call ({}), claims probe {}; closed",
							start.path("callSid").asString(""), probe);
					close(session);
					return;
				}
				session.getAttributes().put(CALL, call.get());
				call.get().streamStarted(receivedAt);
			}
			case "media" -> {
				if (session.getAttributes().get(INBOUND) instanceof InboundCalls.Recording recording) {
					JsonNode media = event.path("media");
					recording.media(media.path("timestamp").asLong(0),
							Base64.getDecoder().decode(media.path("payload").asString("")));
				}
				if (session.getAttributes().get(CALL) instanceof LiveCall call) {
					JsonNode media = event.path("media");
					String track = media.path("track").asString("inbound");
					if (!call.organisationTrack().equals(track)) {
						return;
					}
					call.media(media.path("timestamp").asLong(0),
							Base64.getDecoder().decode(media.path("payload").asString("")), receivedAt);
				}
			}
			case "stop" -> {
				if (session.getAttributes().get(CALL) instanceof LiveCall call) {
					call.streamStopped();
				}
				finishInbound(session);
			}
			default -> {
				// "connected", "mark", "dtmf": nothing to do
			}
		}
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
		if (session.getAttributes().get(CALL) instanceof LiveCall call) {
			call.streamStopped();
		}
		finishInbound(session);
	}

	/**
	 * Keeps what a caller said once their stream is over (once: stop and close both end
	 * it).
	 */
	private void finishInbound(WebSocketSession session) {
		if (session.getAttributes().remove(INBOUND) instanceof InboundCalls.Recording recording) {
			this.inbound.close(recording.callSid());
			try {
				this.callbacks.recorded(recording.callSid(), recording.muLaw());
			}
			catch (RuntimeException ex) {
				log.warn("The recording of inbound call {} could not be kept", recording.callSid(), ex);
			}
		}
	}

	private static Optional<UUID> parse(String value) {
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static void close(WebSocketSession session) {
		try {
			session.close(CloseStatus.POLICY_VIOLATION);
		}
		catch (java.io.IOException ex) {
			log.debug("Closing a media stream failed", ex);
		}
	}

}
