package nl.schaduwklant.sandbox.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.store.StoredMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import nl.schaduwklant.sandbox.AckStyle;
import nl.schaduwklant.sandbox.AnswerQuality;
import nl.schaduwklant.sandbox.Behaviour;
import nl.schaduwklant.sandbox.Contact;
import nl.schaduwklant.sandbox.ContactKind;
import nl.schaduwklant.sandbox.Contacts;
import nl.schaduwklant.sandbox.GroundTruth;
import nl.schaduwklant.sandbox.ReplyTruth;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SandboxScenario;
import nl.schaduwklant.sandbox.SimulatedOrganisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the simulated organisations: for every mystery e-mail one of them receives, it
 * decides (seeded) whether and how to acknowledge and answer, sends that at the decided
 * moments over SMTP, and records what it did as ground truth.
 */
public class OrganisationResponder implements SandboxMailServer.DeliveryListener, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(OrganisationResponder.class);

	private static final Pattern TOKEN = Pattern.compile("\\[(SK-[0-9A-Z]{5})\\]");

	private final SandboxMailServer server;

	private final GroundTruth truth;

	private final Contacts contacts;

	private final ReplyComposer composer = new ReplyComposer();

	private final long seed;

	private final Clock clock;

	private final Session session;

	private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, (task) -> {
		Thread thread = new Thread(task, "sandbox-responder");
		thread.setDaemon(true);
		return thread;
	});

	public OrganisationResponder(SandboxMailServer server, GroundTruth truth, Contacts contacts, long seed,
			Clock clock) {
		this.server = server;
		this.truth = truth;
		this.contacts = contacts;
		this.seed = seed;
		this.clock = clock;
		var settings = new java.util.Properties();
		settings.put("mail.smtp.host", "127.0.0.1");
		settings.put("mail.smtp.port", Integer.toString(server.smtpPort()));
		settings.put("mail.smtp.connectiontimeout", "10000");
		settings.put("mail.smtp.timeout", "10000");
		this.session = Session.getInstance(settings);
		SandboxCatalogue.organisations().forEach((organisation) -> server.host(organisation, this));
	}

	@Override
	public void delivered(SimulatedOrganisation organisation, StoredMessage message) {
		Instant receivedAt = message.getReceivedDate().toInstant();
		MimeMessage mime = message.getMimeMessage();
		this.contacts
			.record(new Contact(ContactKind.EMAIL, token(mime), organisation.key(), receivedAt, messageId(mime)));
		this.timer.execute(() -> respond(organisation, mime, receivedAt));
	}

	/**
	 * An organisation received a question through its contact form: it answers by e-mail
	 * as it answers e-mail.
	 * @param organisation the organisation
	 * @param question the form's content as a message from the visitor
	 * @param receivedAt when the form was received
	 */
	public void formReceived(SimulatedOrganisation organisation, MimeMessage question, Instant receivedAt) {
		this.timer.execute(() -> respond(organisation, question, receivedAt));
	}

	/**
	 * @return the session replies are written with
	 */
	public Session session() {
		return this.session;
	}

	private void respond(SimulatedOrganisation organisation, MimeMessage probe, Instant receivedAt) {
		try {
			String subject = probe.getSubject();
			Matcher token = TOKEN.matcher((subject != null) ? subject : "");
			Optional<SandboxScenario> scenario = scenarioOf(subject);
			if (!token.find() || scenario.isEmpty()) {
				log.info("{} received a message it does not know how to answer: {}", organisation.name(), subject);
				return;
			}
			plan(organisation, probe, token.group(1), scenario.get(), receivedAt);
		}
		catch (MessagingException | RuntimeException ex) {
			log.warn("{} could not handle a message", organisation.name(), ex);
		}
	}

	private void plan(SimulatedOrganisation organisation, MimeMessage probe, String token, SandboxScenario scenario,
			Instant receivedAt) {
		Behaviour behaviour = organisation.behaviour();
		Random random = new Random(this.seed * 31 + organisation.key().hashCode() * 17L + scenario.key().hashCode());
		boolean answers = random.nextDouble() < behaviour.answerProbability();
		int replySeconds = behaviour.minReplySeconds()
				+ random.nextInt(behaviour.maxReplySeconds() - behaviour.minReplySeconds() + 1);
		double draw = random.nextDouble();
		AnswerQuality quality = (draw < behaviour.correctShare()) ? AnswerQuality.CORRECT
				: (draw < behaviour.correctShare() + behaviour.partialShare()) ? AnswerQuality.PARTIAL
						: AnswerQuality.WRONG;
		String paragraph = scenario.answer(quality, organisation);
		KnownErrors.Result body = KnownErrors.inject(Answer.OPENING + "\n\n" + paragraph + "\n\n" + Answer.CLOSING,
				behaviour.errorsPerReply(), random);
		Answer answer = new Answer(body.text(), Answer.signature(organisation), quality, scenario.facts(quality),
				body.errors());
		boolean acknowledges = behaviour.ack() != AckStyle.NONE;
		this.truth.received(new ReplyTruth(organisation.key(), token, scenario.key(), receivedAt, acknowledges, answers,
				null, null, answers ? quality : null, answers ? answer.facts() : List.of(),
				answers ? answer.errors() : List.of(), behaviour.client(), behaviour.threading()));
		if (acknowledges) {
			at(receivedAt.plusSeconds(behaviour.ackDelaySeconds()),
					() -> send(token, true, this.composer.acknowledgement(probe, organisation, this.clock.instant())));
		}
		if (answers) {
			at(receivedAt.plusSeconds(replySeconds),
					() -> send(token, false, this.composer.answer(probe, organisation, answer, this.clock.instant())));
		}
	}

	private void at(Instant moment, MessageSupplier message) {
		long delay = Math.max(0, Duration.between(this.clock.instant(), moment).toMillis());
		this.timer.schedule(() -> {
			try {
				message.send();
			}
			catch (MessagingException | RuntimeException ex) {
				log.warn("A simulated reply could not be sent", ex);
			}
		}, delay, TimeUnit.MILLISECONDS);
	}

	private void send(String token, boolean acknowledgement, MimeMessage message) throws MessagingException {
		try (Transport transport = this.session.getTransport("smtp")) {
			transport.connect();
			transport.sendMessage(message, message.getAllRecipients());
		}
		Instant accepted = this.clock.instant();
		if (acknowledgement) {
			this.truth.acknowledged(token, accepted);
		}
		else {
			this.truth.answered(token, accepted);
		}
	}

	private static String token(MimeMessage message) {
		try {
			Matcher token = TOKEN.matcher(Objects.toString(message.getSubject(), ""));
			return token.find() ? token.group(1) : null;
		}
		catch (MessagingException ex) {
			return null;
		}
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			return null;
		}
	}

	private static Optional<SandboxScenario> scenarioOf(String subject) {
		if (subject == null) {
			return Optional.empty();
		}
		String withoutToken = TOKEN.matcher(subject).replaceAll("").strip();
		return SandboxCatalogue.scenarios()
			.stream()
			.filter((scenario) -> scenario.subject().equals(withoutToken))
			.findFirst();
	}

	@Override
	public void close() {
		this.timer.shutdownNow();
	}

	@FunctionalInterface
	private interface MessageSupplier {

		void send() throws MessagingException;

	}

}
