package nl.schaduwklant.probes.email;

import java.time.Clock;
import java.util.Optional;

import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.MysteryMailbox;
import nl.schaduwklant.probes.internal.ProbeLifecycle;
import nl.schaduwklant.probes.internal.ProbeRunRepository;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the e-mail probe. The mystery mailbox comes from
 * {@code schaduwklant.probes.email.mailbox}, unless another bean (the sandbox) provides
 * one as primary.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmailProbeProperties.class)
class EmailProbeConfiguration {

	@Bean
	@ConditionalOnExpression("'${schaduwklant.probes.email.mailbox.address:}' != '' and '${schaduwklant.probes.email.mailbox.smtp-host:}' != ''")
	MysteryMailbox configuredMysteryMailbox(EmailProbeProperties properties) {
		return properties.mailbox().resolve();
	}

	@Bean
	MailSessions mailSessions(EmailProbeProperties properties) {
		return new MailSessions(properties);
	}

	@Bean
	MailboxCheckpoints mailboxCheckpoints(JdbcClient jdbc) {
		return new MailboxCheckpoints(jdbc);
	}

	@Bean
	InboundMessages inboundMessages(JdbcClient jdbc) {
		return new InboundMessages(jdbc);
	}

	@Bean
	UnmatchedInboundMessages unmatchedReplies(InboundMessages messages) {
		return new UnmatchedInboundMessages(messages);
	}

	@Bean
	EmailReader emailReader(EmailProbeProperties properties, ObjectProvider<MysteryMailbox> mailbox) {
		MysteryMailbox box = mailbox.getIfAvailable();
		return new EmailReader(properties.maxTextLength(), (box != null) ? box.address() : null);
	}

	@Bean
	ReplyMatcher replyMatcher(ProbeRunRepository probes) {
		return new ReplyMatcher(probes);
	}

	@Bean
	InboundEmailInspection inboundEmails(EmailReader reader, ReplyMatcher matcher, Clock clock) {
		return new InboundEmailInspection(reader, matcher, clock);
	}

	@Bean
	EmailProbe emailProbe(ObjectProvider<MysteryMailbox> mailbox, MailSessions sessions,
			EmailProbeProperties properties, EvidenceStore evidence, MailboxCheckpoints checkpoints, Clock clock) {
		return new EmailProbe(Optional.ofNullable(mailbox.getIfAvailable()), sessions,
				new MysteryMessageComposer(properties.messageIdDomain(), clock), new SmtpSubmitter(sessions, clock),
				new SentFolder(sessions), evidence, checkpoints, properties);
	}

	@Bean
	InboundMailHandler inboundMailHandler(InboundMessages messages, EvidenceStore evidence, EmailReader reader,
			ReplyMatcher matcher, ProbeLifecycle lifecycle, Clock clock) {
		return new InboundMailHandler(messages, evidence, reader, matcher, lifecycle, clock);
	}

	@Bean
	@ConditionalOnExpression("${schaduwklant.probes.email.watcher.enabled:true} and ${schaduwklant.workers.enabled:true}")
	MailboxWatcher mailboxWatcher(ObjectProvider<MysteryMailbox> mailbox, MailSessions sessions,
			InboundMailHandler handler, MailboxCheckpoints checkpoints,
			@Qualifier("probeRecordRetries") RetryTemplate retries, EmailProbeProperties properties, Clock clock) {
		return new MailboxWatcher(mailbox.getIfAvailable(), sessions, handler, checkpoints, retries, properties, clock);
	}

}
