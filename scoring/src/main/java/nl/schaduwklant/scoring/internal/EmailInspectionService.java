package nl.schaduwklant.scoring.internal;

import java.util.List;

import nl.schaduwklant.probes.EmailReading;
import nl.schaduwklant.probes.InboundEmails;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ReplyMatch;
import nl.schaduwklant.scoring.EmailInspection;
import nl.schaduwklant.scoring.EmailInspector;
import nl.schaduwklant.scoring.LanguageFindings;
import nl.schaduwklant.scoring.language.LanguageChecker;

import org.springframework.stereotype.Service;

@Service
class EmailInspectionService implements EmailInspector {

	private final InboundEmails emails;

	private final ProbeRuns probes;

	private final LanguageChecker language;

	EmailInspectionService(InboundEmails emails, ProbeRuns probes, LanguageChecker language) {
		this.emails = emails;
		this.probes = probes;
		this.language = language;
	}

	@Override
	public EmailInspection inspect(byte[] raw) {
		EmailReading reading = this.emails.read(raw);
		ReplyMatch match = reading.ownMessage() ? null : this.emails.match(reading).orElse(null);
		List<String> allowList = (match != null) ? this.probes.target(match.probeId()).allowList() : List.of();
		LanguageFindings findings = reading.autoReply() ? null : this.language.check(reading.newText(), allowList);
		return new EmailInspection(reading, match, findings);
	}

}
