package nl.schaduwklant.probes.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import nl.schaduwklant.probes.CapturedContent;
import nl.schaduwklant.probes.MysteryMailbox;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Watches the mystery mailbox for answers: fetches every new message by UID, hands it to
 * the {@link InboundMailHandler} and moves the checkpoint on, then waits with IMAP IDLE
 * where the server supports it, or polls. After each complete pass it records the instant
 * up to which every message has been seen, which is what lets deadlines close. Mailbox
 * errors never stop it: it reconnects after a pause. A message that cannot be handled is
 * kept as unreadable and the watcher moves on. Without a configured mailbox it does not
 * start.
 */
class MailboxWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailboxWatcher.class);

	/** Messages fetched together. */
	static final int PREFETCHED = 100;

	/** Messages up to this size (in bytes) are fetched with their batch. */
	static final int PREFETCHED_SIZE = 256 * 1024;

	private final MysteryMailbox mailbox;

	private final MailSessions sessions;

	private final InboundMailHandler handler;

	private final MailboxCheckpoints checkpoints;

	private final RetryTemplate retries;

	private final EmailProbeProperties.Watcher settings;

	private final long maxStoredBytes;

	private final Clock clock;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition wakeUp = this.lock.newCondition();

	/** Ends an IDLE that runs too long; one per start, shut down by stop. */
	private volatile ScheduledExecutorService idleGuard;

	private volatile boolean running;

	private volatile Thread thread;

	private volatile Folder openFolder;

	private volatile String lastError;

	MailboxWatcher(MysteryMailbox mailbox, MailSessions sessions, InboundMailHandler handler,
			MailboxCheckpoints checkpoints, RetryTemplate retries, EmailProbeProperties properties, Clock clock) {
		this.mailbox = mailbox;
		this.sessions = sessions;
		this.handler = handler;
		this.checkpoints = checkpoints;
		this.retries = retries;
		this.settings = properties.watcher();
		this.maxStoredBytes = properties.maxStoredMessageSize().toBytes();
		this.clock = clock;
	}

	@Override
	public void start() {
		if (this.mailbox == null) {
			log.warn("No mystery mailbox is configured (schaduwklant.probes.email.mailbox): answers are not watched");
			return;
		}
		this.idleGuard = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread guard = new Thread(task, "mailbox-idle-guard");
			guard.setDaemon(true);
			return guard;
		});
		this.running = true;
		this.thread = new Thread(this::watch, "mailbox-watcher");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		abortIdle();
		signal();
		Thread watcher = this.thread;
		if (watcher != null) {
			watcher.interrupt();
			try {
				watcher.join(Duration.ofSeconds(10).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		ScheduledExecutorService guard = this.idleGuard;
		if (guard != null) {
			guard.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	String lastError() {
		return this.lastError;
	}

	private void watch() {
		log.info("Watching {} folder {}", this.mailbox, this.settings.folder());
		while (this.running) {
			try {
				watchOnce();
			}
			catch (MessagingException | RuntimeException ex) {
				if (!this.running) {
					break;
				}
				this.lastError = ex.toString();
				log.warn("Mailbox {} unavailable ({}); reconnecting in {}", this.mailbox.key(), ex.toString(),
						this.settings.reconnectBackoff());
				pause(this.settings.reconnectBackoff());
			}
		}
		log.info("Stopped watching {}", this.mailbox.key());
	}

	private void watchOnce() throws MessagingException {
		Session session = this.sessions.session(this.mailbox);
		try (Store store = session.getStore(this.sessions.imapProtocol(this.mailbox))) {
			store.connect(this.mailbox.imapHost(), this.mailbox.imapPort(), this.mailbox.user(),
					this.mailbox.password());
			Folder folder = store.getFolder(this.settings.folder());
			folder.open(Folder.READ_ONLY);
			this.openFolder = folder;
			try {
				boolean idle = this.settings.idle() && store instanceof IMAPStore imap && imap.hasCapability("IDLE");
				log.info("Connected to {}; waiting for answers by {}", this.mailbox.key(),
						idle ? "IMAP IDLE" : "polling every " + this.settings.pollInterval());
				while (this.running) {
					scan((UIDFolder) folder);
					this.lastError = null;
					if (idle) {
						idle((IMAPFolder) folder);
					}
					else {
						pause(this.settings.pollInterval());
					}
				}
			}
			finally {
				this.openFolder = null;
				if (folder.isOpen()) {
					folder.close(false);
				}
			}
		}
	}

	private void scan(UIDFolder folder) throws MessagingException {
		Instant scanStartedAt = this.clock.instant();
		long uidValidity = folder.getUIDValidity();
		String folderName = ((Folder) folder).getFullName();
		long lastUid = this.checkpoints.lastUid(this.mailbox.key(), folderName, uidValidity);
		Message[] messages = folder.getMessagesByUID(lastUid + 1, UIDFolder.LASTUID);
		for (int i = 0; i < messages.length && this.running; i++) {
			if (i % PREFETCHED == 0) {
				prefetch(folder, messages, i);
			}
			Message message = messages[i];
			if (message.isExpunged()) {
				continue;
			}
			long uid = folder.getUID(message);
			if (uid <= lastUid) {
				continue;
			}
			InboundMail mail = fetch(message, uidValidity, uid);
			forget(message);
			handle(mail);
			this.checkpoints.processed(this.mailbox.key(), folderName, uidValidity, uid);
			lastUid = uid;
		}
		if (this.running) {
			this.checkpoints.scanned(this.mailbox.key(), folderName, uidValidity, scanStartedAt);
		}
	}

	/**
	 * Fetches the next messages' UIDs, arrival dates and sizes in one command, then the
	 * whole content of those that are small in another, rather than several commands per
	 * message (with thousands of messages waiting, the commands, not the content, are
	 * what costs the server). Large messages are read one by one, so that no batch holds
	 * more than {@value #PREFETCHED} small messages in memory.
	 */
	private static void prefetch(UIDFolder folder, Message[] messages, int from) throws MessagingException {
		Message[] batch = Arrays.copyOfRange(messages, from, Math.min(from + PREFETCHED, messages.length));
		var profile = new FetchProfile();
		profile.add(UIDFolder.FetchProfileItem.UID);
		profile.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
		profile.add(FetchProfile.Item.SIZE);
		((Folder) folder).fetch(batch, profile);
		List<Message> small = new ArrayList<>();
		for (Message message : batch) {
			if (message.isExpunged()) {
				continue;
			}
			int size = message.getSize();
			if (size >= 0 && size <= PREFETCHED_SIZE) {
				small.add(message);
			}
		}
		if (!small.isEmpty()) {
			var content = new FetchProfile();
			content.add(IMAPFolder.FetchProfileItem.MESSAGE);
			((Folder) folder).fetch(small.toArray(Message[]::new), content);
		}
	}

	/**
	 * Drops what the folder keeps of a message once it is read (its content, fetched with
	 * its batch), so that a folder kept open for days does not hold every message it has
	 * seen.
	 */
	private static void forget(Message message) {
		if (message instanceof IMAPMessage imap) {
			imap.invalidateHeaders();
		}
	}

	private InboundMail fetch(Message message, long uidValidity, long uid) throws MessagingException {
		var capture = new CapturedContent.Capture(this.maxStoredBytes);
		try {
			message.writeTo(capture);
		}
		catch (java.io.IOException ex) {
			throw new MessagingException("cannot fetch message " + uid, ex);
		}
		var received = message.getReceivedDate();
		return new InboundMail(this.mailbox.key(), uidValidity, uid,
				(received != null) ? received.toInstant() : this.clock.instant(), capture.toContent());
	}

	private void handle(InboundMail mail) {
		try {
			InboundStatus status = this.retries.invoke(() -> this.handler.handle(mail));
			if (status != null) {
				log.info("Message {} in {}: {}", mail.uid(), this.mailbox.key(), status);
			}
		}
		catch (TransientDataAccessException | RecoverableDataAccessException | CannotCreateTransactionException ex) {
			// the database, not the message, failed: the message is read again after the
			// reconnect, never taken for unreadable (its answer would be lost)
			throw ex;
		}
		catch (RuntimeException ex) {
			log.warn("Message {} in {} could not be handled; keeping it as unreadable", mail.uid(), this.mailbox.key(),
					ex);
			this.handler.keepUnreadable(mail, ex);
		}
	}

	private void idle(IMAPFolder folder) throws MessagingException {
		ScheduledFuture<?> guard = this.idleGuard.schedule(this::abortIdle, this.settings.idleTimeout().toMillis(),
				TimeUnit.MILLISECONDS);
		try {
			folder.idle(true);
		}
		finally {
			guard.cancel(false);
		}
	}

	/**
	 * Ends a running IDLE: taking the folder's protocol from another thread makes Jakarta
	 * Mail send DONE and wait for the IDLE to end. (A plain call such as
	 * {@code getMessageCount()} does not: it only pings a connection idle for over a
	 * second.)
	 */
	private void abortIdle() {
		Folder folder = this.openFolder;
		if (folder instanceof IMAPFolder imap && folder.isOpen()) {
			try {
				imap.doCommand((protocol) -> null);
			}
			catch (MessagingException | RuntimeException ex) {
				log.debug("Ending IDLE on {} failed: {}", this.mailbox.key(), ex.toString());
			}
		}
	}

	private void pause(Duration duration) {
		this.lock.lock();
		try {
			if (this.running) {
				this.wakeUp.await(duration.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
		finally {
			this.lock.unlock();
		}
	}

	private void signal() {
		this.lock.lock();
		try {
			this.wakeUp.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

}
