package nl.schaduwklant.probes.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import nl.schaduwklant.probes.MysteryMailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mailbox watcher against a real IMAP server, with IMAP IDLE and by polling.
 */
class MailboxWatcherTests {

	private static final String MYSTERY = "marieke.devries@schaduwklant.test";

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

	private final RecordingHandler handler = new RecordingHandler();

	private final InMemoryCheckpoints checkpoints = new InMemoryCheckpoints();

	private MailboxWatcher watcher;

	@BeforeEach
	void mailbox() {
		greenMail.setUser(MYSTERY, MYSTERY, "geheim");
	}

	@AfterEach
	void stop() {
		if (this.watcher != null) {
			this.watcher.stop();
		}
	}

	@Test
	void shouldHandEveryMessageOnceInArrivalOrderWithImapIdle() {
		shouldHandEveryMessageOnceInArrivalOrder(true);
	}

	@Test
	void shouldHandEveryMessageOnceInArrivalOrderByPolling() {
		shouldHandEveryMessageOnceInArrivalOrder(false);
	}

	private void shouldHandEveryMessageOnceInArrivalOrder(boolean idle) {
		deliver("eerste");
		this.watcher = watcher(idle);
		this.watcher.start();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.handler.subjects.size() == 1);
		deliver("tweede");
		deliver("derde");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.handler.subjects.size() == 3);
		assertThat(this.handler.subjects).containsExactly("eerste", "tweede", "derde");
		assertThat(this.handler.uids).containsExactly(1L, 2L, 3L);
		assertThat(this.checkpoints.lastUid).isEqualTo(3);
		Instant quiet = Instant.now();
		// without new mail the folder is still checked now and then, so deadlines can
		// close
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.checkpoints.scannedUntil(MYSTERY, "INBOX"))
				.hasValueSatisfying((until) -> assertThat(until).isAfter(quiet.plusMillis(500))));
	}

	@Test
	void shouldKeepAMessageItCannotHandleAndGoOn() {
		this.handler.failOn = "kapot";
		this.watcher = watcher(true);
		this.watcher.start();
		deliver("kapot");
		deliver("heel");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.handler.subjects.contains("heel"));
		assertThat(this.handler.unreadable).containsExactly(1L);
		assertThat(this.checkpoints.lastUid).isEqualTo(2);
	}

	@Test
	void shouldNotHandMessagesAgainAfterARestart() {
		this.watcher = watcher(false);
		this.watcher.start();
		deliver("een");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.handler.subjects.size() == 1);
		this.watcher.stop();
		deliver("twee");
		this.watcher = watcher(false);
		this.watcher.start();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.handler.subjects.size() == 2);
		assertThat(this.handler.subjects).containsExactly("een", "twee");
	}

	@Test
	void shouldWaitWithImapIdleAgainWhenStartedAfterAStop() {
		var sessions = new CountingSessions(properties(true));
		this.watcher = watcher(true, sessions);
		this.watcher.start();
		deliver("voor");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.handler.subjects.size() == 1);
		this.watcher.stop();
		this.checkpoints.scanned.clear();
		this.watcher.start();
		// the folder was read once since the restart; what comes next must arrive
		// through IDLE on that same connection
		await().atMost(Duration.ofSeconds(10)).until(() -> this.checkpoints.scannedUntil(MYSTERY, "INBOX").isPresent());
		deliver("na");
		await().atMost(Duration.ofSeconds(10)).until(() -> this.handler.subjects.size() == 2);
		assertThat(this.handler.subjects).containsExactly("voor", "na");
		assertThat(sessions.opened).as("connections, one per start").hasValue(2);
		assertThat(this.watcher.lastError()).isNull();
	}

	@Test
	void shouldNotStartWithoutAMailbox() {
		this.watcher = new MailboxWatcher(null, new MailSessions(properties(true)), this.handler, this.checkpoints,
				new RetryTemplate(), properties(true), Clock.systemUTC());
		this.watcher.start();
		assertThat(this.watcher.isRunning()).isFalse();
	}

	private MailboxWatcher watcher(boolean idle) {
		return watcher(idle, new MailSessions(properties(idle)));
	}

	private MailboxWatcher watcher(boolean idle, MailSessions sessions) {
		EmailProbeProperties properties = properties(idle);
		var mailbox = new MysteryMailbox(MYSTERY, "", "127.0.0.1", greenMail.getSmtp().getPort(), "127.0.0.1",
				greenMail.getImap().getPort(), MysteryMailbox.Security.NONE, MYSTERY, "geheim", "Sent");
		return new MailboxWatcher(mailbox, sessions, this.handler, this.checkpoints,
				new RetryTemplate(RetryPolicy.withMaxRetries(0)), properties, Clock.systemUTC());
	}

	private static EmailProbeProperties properties(boolean idle) {
		return new EmailProbeProperties(
				null, null, new EmailProbeProperties.Watcher(true, "INBOX", idle, Duration.ofMillis(200),
						Duration.ofMillis(300), Duration.ofMillis(200)),
				null, 0, Duration.ofSeconds(5), Duration.ofSeconds(10), null);
	}

	private static void deliver(String subject) {
		GreenMailUtil.sendTextEmail(MYSTERY, "klant@organisatie.example", subject, "tekst",
				greenMail.getSmtp().getServerSetup());
	}

	/**
	 * Counts the mailbox connections: the watcher takes a session for each.
	 */
	static class CountingSessions extends MailSessions {

		final AtomicInteger opened = new AtomicInteger();

		CountingSessions(EmailProbeProperties properties) {
			super(properties);
		}

		@Override
		Session session(MysteryMailbox mailbox) {
			this.opened.incrementAndGet();
			return super.session(mailbox);
		}

	}

	/**
	 * Records what the watcher hands over instead of storing it.
	 */
	static class RecordingHandler extends InboundMailHandler {

		final List<String> subjects = new CopyOnWriteArrayList<>();

		final List<Long> uids = new CopyOnWriteArrayList<>();

		final List<Long> unreadable = new CopyOnWriteArrayList<>();

		volatile String failOn;

		RecordingHandler() {
			super(null, null, null, null, null, null);
		}

		@Override
		public InboundStatus handle(InboundMail mail) {
			String raw = new String(mail.content().bytes(), java.nio.charset.StandardCharsets.UTF_8);
			String subject = raw.replaceAll("(?s).*\r?\nSubject: ([^\r\n]*).*", "$1");
			if (subject.equals(this.failOn)) {
				throw new IllegalStateException("cannot handle " + subject);
			}
			this.subjects.add(subject);
			this.uids.add(mail.uid());
			return InboundStatus.UNMATCHED;
		}

		@Override
		public void keepUnreadable(InboundMail mail, Exception failure) {
			this.unreadable.add(mail.uid());
		}

	}

	/**
	 * Checkpoints kept in memory.
	 */
	static class InMemoryCheckpoints extends MailboxCheckpoints {

		volatile long lastUid;

		final Map<String, Instant> scanned = new ConcurrentHashMap<>();

		InMemoryCheckpoints() {
			super(null);
		}

		@Override
		long lastUid(String mailbox, String folder, long uidValidity) {
			return this.lastUid;
		}

		@Override
		void processed(String mailbox, String folder, long uidValidity, long uid) {
			this.lastUid = uid;
		}

		@Override
		void scanned(String mailbox, String folder, long uidValidity, Instant until) {
			this.scanned.put(mailbox + folder, until);
		}

		@Override
		Optional<Instant> scannedUntil(String mailbox, String folder) {
			return this.scanned.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().endsWith(folder))
				.map(Map.Entry::getValue)
				.findFirst();
		}

	}

}
