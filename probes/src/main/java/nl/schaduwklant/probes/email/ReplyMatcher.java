package nl.schaduwklant.probes.email;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schaduwklant.probes.EmailReading;
import nl.schaduwklant.probes.MatchBasis;
import nl.schaduwklant.probes.ReplyMatch;
import nl.schaduwklant.probes.internal.ProbeRun;
import nl.schaduwklant.probes.internal.ProbeRunRepository;
import nl.schaduwklant.probes.internal.SubjectKey;

import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the probe a reply belongs to: by the Message-IDs in its In-Reply-To and
 * References headers, then by the probe token in its subject or text, then by its sender
 * (address, then domain) with the probe's subject. E-mail and contact-form probes are
 * answered by e-mail.
 */
@Transactional(readOnly = true)
class ReplyMatcher {

	private final ProbeRunRepository probes;

	ReplyMatcher(ProbeRunRepository probes) {
		this.probes = probes;
	}

	Optional<ReplyMatch> match(EmailReading reading, Instant receivedAt) {
		for (UUID id : reading.referencedProbeIds()) {
			Optional<ProbeRun> run = this.probes.findById(id).filter((probe) -> probe.getChannel().answeredByEmail());
			if (run.isPresent()) {
				return run.map((probe) -> new ReplyMatch(probe.getId(), probe.getToken(), MatchBasis.THREAD_HEADERS));
			}
		}
		for (String token : reading.tokens()) {
			Optional<ProbeRun> run = this.probes.findByToken(token)
				.filter((probe) -> probe.getChannel().answeredByEmail());
			if (run.isPresent()) {
				return run.map((probe) -> new ReplyMatch(probe.getId(), probe.getToken(), MatchBasis.TOKEN));
			}
		}
		if (reading.fromAddress() == null || reading.subject() == null) {
			return Optional.empty();
		}
		String key = SubjectKey.of(reading.subject());
		if (key.isEmpty()) {
			return Optional.empty();
		}
		String domain = reading.fromAddress().substring(reading.fromAddress().lastIndexOf('@') + 1);
		return latestBefore(this.probes.findBySenderAndSubject(reading.fromAddress(), key), receivedAt)
			.or(() -> latestBefore(this.probes.findBySenderDomainAndSubject(domain, key), receivedAt))
			.map((probe) -> new ReplyMatch(probe.getId(), probe.getToken(), MatchBasis.SENDER_AND_SUBJECT));
	}

	private static Optional<ProbeRun> latestBefore(List<ProbeRun> candidates, Instant receivedAt) {
		return candidates.stream()
			.filter((probe) -> probe.getChannel().answeredByEmail())
			.filter((probe) -> receivedAt == null || !probe.getContactedAt().isAfter(receivedAt))
			.findFirst();
	}

}
