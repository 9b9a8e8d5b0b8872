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
import nl.schaduwklant.probes.EvidenceKind;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.MysteryMailbox;
import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.probes.browser.Browser;
import nl.schaduwklant.probes.browser.BrowserPool;
import nl.schaduwklant.probes.browser.BrowserProperties;
import nl.schaduwklant.probes.browser.BrowserSteps;
import nl.schaduwklant.probes.browser.BrowserWatchdog;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.ContactFormEndpoint;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contact-form channel: fills in the organisation's web form with the mystery
 * customer's name and address and the question (carrying the probe's token), submits it,
 * and keeps the confirmation as evidence. The answer comes by e-mail and is matched and
 * measured like any reply. A CAPTCHA blocks the probe: it is reported, never solved.
 */
class ContactFormProbe implements ChannelProbe {

	private static final Logger log = LoggerFactory.getLogger(ContactFormProbe.class);

	private final BrowserPool browsers;

	private final BrowserWatchdog watchdog;

	private final EvidenceStore evidence;

	private final Optional<MysteryMailbox> mailbox;

	private final BrowserProperties browserProperties;

	private final ContactFormProperties properties;

	private final ChannelProbe mail;

	private final Clock clock;

	ContactFormProbe(BrowserPool browsers, BrowserWatchdog watchdog, EvidenceStore evidence,
			Optional<MysteryMailbox> mailbox, BrowserProperties browserProperties, ContactFormProperties properties,
			ChannelProbe mail, Clock clock) {
		this.browsers = browsers;
		this.watchdog = watchdog;
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
		return this.browserProperties.maxBrowsers();
	}

	@Override
	public ContactResult contact(ProbeContact contact) {
		ContactFormEndpoint form = contact.target().endpoints().contactForm();
		if (form == null) {
			return new ContactResult.Failed("the organisation has no contact form", false);
		}
		if (this.mailbox.isEmpty()) {
			return new ContactResult.Failed("no mystery mailbox is configured to receive the answer", true);
		}
		Browser browser;
		try {
			browser = this.browsers.acquire(this.browserProperties.browserWait());
		}
		catch (BrowserPool.BrowserUnavailable ex) {
			return new ContactResult.Failed(ex.getMessage(), true);
		}
		var steps = new BrowserSteps(this.clock);
		var filling = new FormFilling(browser, steps, this.clock, this.properties.confirmationTimeout());
		try {
			FormSubmission submission = this.watchdog.run(browser, steps,
					() -> filling.submit(form, values(form, contact)));
			return result(contact.probeId(), form, submission);
		}
		catch (FormFilling.FormProblem ex) {
			return new ContactResult.Failed(ex.getMessage(), false);
		}
		catch (TimeoutException ex) {
			return new ContactResult.Failed("the form page " + form.pageUrl() + " did not load within "
					+ this.browserProperties.pageLoadTimeout(), true);
		}
		catch (WebDriverException ex) {
			String reason = steps.wasKilled() ? "the browser stopped responding while " + steps.current()
					: "the browser failed while " + steps.current() + ": " + ex.getClass().getSimpleName();
			log.warn("Contact-form probe {}: {}", contact.probeId(), reason);
			return steps.current().equals("submitting the form") || steps.current().startsWith("waiting for the conf")
					? new ContactResult.Uncertain(reason + "; the form may have been submitted")
					: new ContactResult.Failed(reason, true);
		}
		finally {
			this.browsers.release(browser);
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
		return new ContactResult.Contacted(submission.submittedAt(), "BROWSER_CLOCK",
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
						.replace("{subject}", contact.scenario().subject() + " [" + contact.token() + "]")
						.replace("{question}",
								contact.scenario().body().strip() + "\n\nMijn kenmerk: " + contact.token() + ".")
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
	public Instant observedUntil() {
		return this.mail.observedUntil();
	}

	private static String abbreviate(String text) {
		return (text != null && text.length() > 200) ? text.substring(0, 197) + "..." : text;
	}

}
