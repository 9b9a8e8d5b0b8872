package nl.schaduwklant.probes.email;

import java.time.Clock;
import java.util.Optional;

import nl.schaduwklant.probes.EmailReading;
import nl.schaduwklant.probes.InboundEmails;
import nl.schaduwklant.probes.ReplyMatch;

/**
 * Reads and matches a raw message exactly as the watcher would, without recording it.
 */
class InboundEmailInspection implements InboundEmails {

	private final EmailReader reader;

	private final ReplyMatcher matcher;

	private final Clock clock;

	InboundEmailInspection(EmailReader reader, ReplyMatcher matcher, Clock clock) {
		this.reader = reader;
		this.matcher = matcher;
		this.clock = clock;
	}

	@Override
	public EmailReading read(byte[] raw) {
		return this.reader.read(raw, false);
	}

	@Override
	public Optional<ReplyMatch> match(EmailReading reading) {
		return this.matcher.match(reading, this.clock.instant());
	}

}
