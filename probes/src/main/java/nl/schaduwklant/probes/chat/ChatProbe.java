package nl.schaduwklant.probes.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nl.schaduwklant.probes.ChannelProbe;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.IrreversibleStep;
import nl.schaduwklant.probes.MysteryMailbox;
import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.probes.browser.BrowserPool;
import nl.schaduwklant.probes.browser.BrowserProperties;
import nl.schaduwklant.probes.browser.BrowserSessions;
import nl.schaduwklant.scheduler.ChatEndpoint;
import nl.schaduwklant.scheduler.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSourceResolvable;

/**
 * The chat channel: holds a chat with the organisation's web chat in a browser of the
 * pool, and reports what it observed. A browser that crashes, hangs or cannot load the
 * page is our failure, never the organisation's; once the question has been sent it is
 * never asked again.
 */
class ChatProbe implements ChannelProbe {

	private static final Logger log = LoggerFactory.getLogger(ChatProbe.class);

	private final BrowserSessions browsers;

	private final ChatResults results;

	private final ChatProbeProperties properties;

	private final BrowserProperties browserProperties;

	private final Optional<MysteryMailbox> mailbox;

	private final Clock clock;

	private static final Duration STOP_WAIT = Duration.ofSeconds(5);

	private volatile boolean stopping;

	ChatProbe(BrowserSessions browsers, ChatResults results, ChatProbeProperties properties,
			BrowserProperties browserProperties, Optional<MysteryMailbox> mailbox, Clock clock) {
		this.browsers = browsers;
		this.results = results;
		this.properties = properties;
		this.browserProperties = browserProperties;
		this.mailbox = mailbox;
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return Channel.CHAT;
	}

	@Override
	public int concurrency() {
		return this.browsers.capacity();
	}

	@Override
	public String sharedResource() {
		return BrowserSessions.RESOURCE;
	}

	@Override
	public Optional<MessageSourceResolvable> unavailable() {
		return this.browsers.unavailable();
	}

	@Override
	public ContactResult contact(ProbeContact contact, IrreversibleStep step) {
		ChatEndpoint endpoint = contact.target().endpoints().chat();
		if (endpoint == null) {
			return new ContactResult.Failed("the organisation has no chat endpoint", false);
		}
		ChatRequest request = request(contact, endpoint);
		try {
			ChatRecording recording = this.browsers.run((browser,
					steps) -> new ChatSession(browser, steps, this.properties, this.browserProperties, this.clock)
						.stoppingWhen(() -> this.stopping)
						.run(request, step));
			return this.results.completed(contact.probeId(), recording, this.clock.instant());
		}
		catch (BrowserPool.BrowserUnavailable ex) {
			return new ContactResult.Failed(ex.getMessage(), !step.marked());
		}
		catch (ChatFailure ex) {
			log.warn("Chat probe {} failed: {}", contact.probeId(), ex.getMessage());
			this.results.keepFailure(contact.probeId(), ex.recording());
			return new ContactResult.Failed(ex.getMessage(), ex.retryable());
		}
		catch (IrreversibleStep.IrreversibleStepNotRecorded ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			log.warn("Chat probe {} was interrupted", contact.probeId(), ex);
			if (!step.marked()) {
				return new ContactResult.Failed("the chat was interrupted (" + ex + ") before the question was asked",
						true);
			}
			return new ContactResult.Uncertain(
					"the chat was interrupted (" + ex + "); the question may have been" + " asked");
		}
	}

	private ChatRequest request(ProbeContact contact, ChatEndpoint endpoint) {
		WidgetProfiles.WidgetProfile profile = WidgetProfiles.of(endpoint.widget());
		Map<String, String> preChat = new LinkedHashMap<>();
		preChat.put("name",
				first(endpoint.preChat().name(), this.mailbox.map(MysteryMailbox::displayName).orElse(null)));
		preChat.put("email", first(endpoint.preChat().email(), this.mailbox.map(MysteryMailbox::address).orElse(null)));
		preChat.put("topic", first(endpoint.preChat().topic(), contact.scenario().subject()));
		Duration maxWait = (contact.replyDeadline() != null
				&& contact.replyDeadline().compareTo(this.properties.maxWait()) < 0) ? contact.replyDeadline()
						: this.properties.maxWait();
		Instant now = this.clock.instant();
		return new ChatRequest(endpoint.pageUrl(), endpoint.selectors().orElse(profile.selectors()), profile,
				endpoint.botNames(), contact.questionWithToken(), preChat, maxWait,
				!contact.target().openingHours().isOpenAt(now));
	}

	@Override
	public ContactResult reconcile(ProbeContact contact) {
		return new ContactResult.Uncertain("the chat was interrupted with the browser session; whether the question"
				+ " reached the organisation cannot be checked afterwards");
	}

	@Override
	public Optional<Instant> observedUntil() {
		return Optional.of(this.clock.instant());
	}

	/**
	 * Ends every chat being held: one that a human has answered ends as measured, one
	 * that no human has answered yet ends as our failure, with its transcript kept. A
	 * browser still busy after a few seconds is killed.
	 */
	@Override
	public void stopContacts() {
		this.stopping = true;
		if (!this.browsers.awaitNoneInUse(STOP_WAIT)) {
			this.browsers.killAll("the node is stopping");
		}
	}

	private static String first(String value, String fallback) {
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
