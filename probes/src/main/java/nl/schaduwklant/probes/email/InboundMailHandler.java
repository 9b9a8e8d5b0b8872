package nl.schaduwklant.probes.email;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import nl.schaduwklant.probes.EmailReading;
import nl.schaduwklant.probes.EvidenceKind;
import nl.schaduwklant.probes.EvidenceRef;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.ReplyMatch;
import nl.schaduwklant.probes.internal.Clocks;
import nl.schaduwklant.probes.internal.ProbeLifecycle;
import nl.schaduwklant.probes.internal.Reply;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records one message from the mystery mailbox: its raw MIME as evidence, what it is,
 * and, when it belongs to a probe, the reply on that probe's timeline. Never drops a
 * message: one that matches no probe is kept as unmatched, one that cannot be read as
 * unreadable.
 */
class InboundMailHandler {

	private final InboundMessages messages;

	private final EvidenceStore evidence;

	private final EmailReader reader;

	private final ReplyMatcher matcher;

	private final ProbeLifecycle lifecycle;

	private final Clock clock;

	InboundMailHandler(InboundMessages messages, EvidenceStore evidence, EmailReader reader, ReplyMatcher matcher,
			ProbeLifecycle lifecycle, Clock clock) {
		this.messages = messages;
		this.evidence = evidence;
		this.reader = reader;
		this.matcher = matcher;
		this.lifecycle = lifecycle;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public InboundStatus handle(InboundMail mail) {
		if (this.messages.seen(mail.mailbox(), mail.uidValidity(), mail.uid(), mail.content().sha256())) {
			return null;
		}
		EvidenceRef stored = this.evidence.store(null, EvidenceKind.RECEIVED_MESSAGE, "message/rfc822", mail.content());
		EmailReading reading = this.reader.read(mail.content().bytes(), mail.content().truncated());
		InboundStatus status;
		Optional<ReplyMatch> match = Optional.empty();
		if (reading.ownMessage()) {
			status = InboundStatus.OWN_MESSAGE;
		}
		else {
			match = this.matcher.match(reading, mail.internalDate());
			status = match.isEmpty() ? InboundStatus.UNMATCHED
					: (reading.autoReply() ? InboundStatus.MATCHED_AUTO_REPLY : InboundStatus.MATCHED_REPLY);
		}
		match.ifPresent((found) -> {
			this.evidence.attach(stored.id(), found.probeId());
			this.lifecycle.recordReply(found.probeId(), reply(mail, reading, found, stored.id()));
		});
		this.messages.add(new InboundRecord(UUID.randomUUID(), mail.mailbox(), mail.uidValidity(), mail.uid(),
				mail.internalDate(), this.clock.instant(), mail.content().sha256(), mail.content().size(),
				reading.messageId(), reading.fromAddress(), reading.subject(), stored.id(), reading.autoReply(),
				String.join("; ", reading.autoReplyReasons()), status, match.map(ReplyMatch::probeId).orElse(null),
				match.map(ReplyMatch::basis).orElse(null),
				reading.warnings().isEmpty() ? null : String.join("; ", reading.warnings())));
		return status;
	}

	/**
	 * Keeps a message that could not be handled (its raw bytes and the error), so nothing
	 * is lost and the watcher can go on.
	 * @param mail the message
	 * @param failure why it could not be handled
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void keepUnreadable(InboundMail mail, Exception failure) {
		if (this.messages.seen(mail.mailbox(), mail.uidValidity(), mail.uid(), mail.content().sha256())) {
			return;
		}
		EvidenceRef stored = this.evidence.store(null, EvidenceKind.RECEIVED_MESSAGE, "message/rfc822", mail.content());
		this.messages.add(new InboundRecord(UUID.randomUUID(), mail.mailbox(), mail.uidValidity(), mail.uid(),
				mail.internalDate(), this.clock.instant(), mail.content().sha256(), mail.content().size(), null, null,
				null, stored.id(), false, null, InboundStatus.UNREADABLE, null, null,
				"could not be handled: " + failure));
	}

	private static Reply reply(InboundMail mail, EmailReading reading, ReplyMatch match, UUID evidenceId) {
		String why = reading.autoReply() ? String.join("; ", reading.autoReplyReasons())
				: "matched by " + match.basis();
		return new Reply(mail.internalDate().plus(Clocks.HALF_A_SECOND), Clocks.IMAP_INTERNALDATE, reading.autoReply(),
				why + "; INTERNALDATE " + mail.internalDate(), reading.newText(), reading.signature(), evidenceId,
				reading.bounce(), match.basis());
	}

}
