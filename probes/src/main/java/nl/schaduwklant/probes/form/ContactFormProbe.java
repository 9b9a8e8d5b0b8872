package nl.schaduwklant.probes.form;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.schaduwklant.probes.CapturedContent;
import nl.schaduwklant.probes.ChannelProbe;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.IrreversibleStep;
import nl.schaduwklant.probes.internal.Clocks;
import nl.schaduwklant.probes.EvidenceKind;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.MysteryMailbox;
import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.probes.browser.BrowserPool;
import nl.schaduwklant.probes.browser.BrowserProperties;
import nl.schaduwklant.probes.browser.BrowserSessions;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.ContactFormEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSourceResolvable;

/**
 * The contact-form channel: fills in the organisation's web form with the mystery
 * customer's name and address and the question (carrying the probe's token), submits it,
 * and keeps the confirmation as evidence. The answer comes by e-mail and is matched and
 * measured like any reply. A CAPTCHA blocks the probe: it is reported, never solved.
 */
class ContactFormProbe implements ChannelProbe {

	private static final Logger log = LoggerFactory.getLogger(ContactFormProbe.class);

	private final BrowserSessions browsers;

	private final EvidenceStore evidence;

	private final Optional<MysteryMailbox> mailbox;

	private final BrowserProperties browserProperties;

	private final ContactFormProperties properties;

	private final ChannelProbe mail;

	private final Clock clock;

	ContactFormProbe(BrowserSessions browsers, EvidenceStore evidence, Optional<MysteryMailbox> mailbox,
			BrowserProperties browserProperties, ContactFormProperties properties, ChannelProbe mail, Clock clock) {
		this.browsers = browsers;
		this.evidence = evidence;
		this.mailbox = mailbox;
		this.browserProperties = browserProperties;
		this.properties = properties;
		this.mail = mail;
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return Channel.CONTACT_FORM;
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
		if (this.mailbox.isEmpty()) {
			return Optional.of(MysteryMailbox.NOT_CONFIGURED);
		}
		return this.browsers.unavailable();
	}

	@Override
	public ContactResult contact(ProbeContact contact, IrreversibleStep step) {
		ContactFormEndpoint form = contact.target().endpoints().contactForm();
		if (form == null) {
			return new ContactResult.Failed("the organisation has no contact form", false);
		}
		if (this.mailbox.isEmpty()) {
			return new ContactResult.Failed("no mystery mailbox is configured to receive the answer", true);
		}
		Map<String, String> values = values(form, contact);
		try {
			FormSubmission submission = this.browsers
				.run((browser, steps) -> new FormFilling(browser, steps, this.clock, this.browserProperties,
						this.properties.confirmationTimeout())
					.submit(form, values, step));
			return result(contact.probeId(), form, submission);
		}
		catch (BrowserPool.BrowserUnavailable ex) {
			return new ContactResult.Failed(ex.getMessage(), true);
		}
		catch (FormFilling.FormProblem ex) {
			log.warn("Contact-form probe {}: {}", contact.probeId(), ex.getMessage());
			return switch (ex.kind()) {
				case MISCONFIGURED -> new ContactResult.Failed(ex.getMessage(), false);
				case BROWSER -> new ContactResult.Failed(ex.getMessage(), true);
				case MAYBE_SUBMITTED -> new ContactResult.Uncertain(ex.getMessage());
			};
		}
	}

	private ContactResult result(UUID probeId, ContactFormEndpoint form, FormSubmission submission) {
		UUID screenshot = store(probeId, EvidenceKind.SCREENSHOT, "image/png", submission.screenshot());
		store(probeId, EvidenceKind.PAGE_HTML, "text/html", submission.pageHtml());
		if (submission.captcha() != null) {
			return new ContactResult.Failed("blocked by a CAPTCHA (" + submission.captcha() + ") on " + form.pageUrl()
					+ ": CAPTCHAs are never solved", false);
		}
		if (!submission.confirmed()) {
			return new ContactResult.Uncertain("the form on " + form.pageUrl()
					+ " was submitted but the site showed no confirmation: it may or may not have been received");
		}
		return new ContactResult.Contacted(submission.submittedAt(), Clocks.BROWSER_CLOCK,
				"form submitted on " + form.pageUrl() + "; confirmation: " + abbreviate(submission.confirmation())
						+ "; " + submission.clockDescription(),
				screenshot);
	}

	private Map<String, String> values(ContactFormEndpoint form, ProbeContact contact) {
		MysteryMailbox box = this.mailbox.orElseThrow();
		Map<String, String> values = new LinkedHashMap<>();
		form.fields()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((field) -> values.put(field.getKey(),
					field.getValue()
						.replace("{name}", box.displayName())
						.replace("{email}", box.address())
						.replace("{subject}", contact.subjectWithToken())
						.replace("{question}", contact.questionWithToken())
						.replace("{token}", contact.token())));
		return values;
	}

	private UUID store(UUID probeId, EvidenceKind kind, String mediaType, byte[] content) {
		return (content != null) ? this.evidence.store(probeId, kind, mediaType, CapturedContent.of(content)).id()
				: null;
	}

	@Override
	public ContactResult reconcile(ProbeContact contact) {
		return new ContactResult.Uncertain("the form submission was interrupted; whether the organisation received it"
				+ " cannot be checked afterwards");
	}

	/**
	 * The answers arrive in the mystery mailbox: they have been seen as far as it has
	 * been read.
	 */
	@Override
	public Optional<Instant> observedUntil() {
		return this.mail.observedUntil();
	}

	@Override
	public void stopContacts() {
		this.browsers.killAll("the node is stopping");
	}

	private static String abbreviate(String text) {
		return (text != null && text.length() > 200) ? text.substring(0, 197) + "..." : text;
	}

}
