package nl.schaduwklant.sandbox;

import java.time.Clock;

import nl.schaduwklant.probes.MysteryMailbox;
import nl.schaduwklant.probes.TwilioAccount;
import nl.schaduwklant.sandbox.mail.OrganisationResponder;
import nl.schaduwklant.sandbox.mail.SandboxMailServer;
import nl.schaduwklant.sandbox.phone.EmulatorSettings;
import nl.schaduwklant.sandbox.phone.TwilioEmulator;
import nl.schaduwklant.sandbox.web.SandboxWebServer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The sandbox, when {@code schaduwklant.sandbox.enabled} (and not external): a local mail
 * server whose simulated organisations answer mystery e-mails, the mystery mailbox on it,
 * and a local web server with their chat pages and contact forms. The same beans make the
 * sandbox process ({@link SandboxProcess}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SandboxProperties.class)
@ConditionalOnProperty(name = "schaduwklant.sandbox.enabled", havingValue = "true")
@ConditionalOnProperty(name = "schaduwklant.sandbox.mode", havingValue = "embedded", matchIfMissing = true)
class SandboxConfiguration {

	/** The mystery customer's caller ID in the sandbox. */
	static final String CALLER_ID = "+31850000000";

	@Bean
	SandboxMailServer sandboxMailServer(SandboxProperties properties) {
		return new SandboxMailServer(properties.mysteryAddress(), properties.smtpPort(), properties.imapPort(),
				properties.mysteryPassword());
	}

	@Bean
	@Primary
	MysteryMailbox sandboxMysteryMailbox(SandboxMailServer server) {
		return server.mysteryMailbox();
	}

	@Bean
	GroundTruth sandboxGroundTruth() {
		return new GroundTruth();
	}

	@Bean(destroyMethod = "close")
	Contacts sandboxContacts(SandboxProperties properties) {
		return (properties.dataDir() != null) ? new Contacts(properties.dataDir()) : new Contacts();
	}

	@Bean(destroyMethod = "close")
	OrganisationResponder organisationResponder(SandboxMailServer server, GroundTruth truth, Contacts contacts,
			SandboxProperties properties, Clock clock) {
		return new OrganisationResponder(server, truth, contacts, properties.seed(), clock);
	}

	@Bean
	ChatGroundTruth sandboxChatGroundTruth() {
		return new ChatGroundTruth();
	}

	@Bean
	SandboxWebServer sandboxWebServer(ChatGroundTruth truth, Contacts contacts, OrganisationResponder responder,
			SandboxProperties properties, Clock clock) {
		return new SandboxWebServer(truth, contacts, responder, properties.seed(), clock, properties.webPort());
	}

	@Bean
	PhoneGroundTruth sandboxPhoneGroundTruth() {
		return new PhoneGroundTruth();
	}

	@Bean(destroyMethod = "close")
	TwilioEmulator twilioEmulator(Contacts contacts, PhoneGroundTruth truth, SandboxProperties properties,
			Clock clock) {
		var random = new java.security.SecureRandom();
		String sid = "AC" + java.util.HexFormat.of().formatHex(random.generateSeed(16));
		String token = java.util.HexFormat.of().formatHex(random.generateSeed(16));
		String consultantPassword = java.util.HexFormat.of().formatHex(random.generateSeed(16));
		return new TwilioEmulator(
				new EmulatorSettings(sid, token, properties.seed(), 1, false, null, 0, null, consultantPassword),
				(number) -> SandboxCatalogue.organisationCalled(number)
					.map((organisation) -> new TwilioEmulator.Line(organisation.key(), organisation.phoneLine())),
				contacts, truth, clock, 0);
	}

	/**
	 * @return the account the emulator's consultant uses on the platform
	 */
	@Bean
	SandboxConsultant sandboxConsultant(TwilioEmulator emulator) {
		return new SandboxConsultant(emulator.settings().consultantUsername(),
				emulator.settings().consultantPassword());
	}

	/**
	 * @return the emulator's account: the phone probe calls through it
	 */
	@Bean
	TwilioAccount sandboxTwilioAccount(TwilioEmulator emulator) {
		return new TwilioAccount(emulator.settings().accountSid(), emulator.settings().authToken(), CALLER_ID,
				emulator.baseUri());
	}

	@Bean
	SandboxConnection sandboxConnection(MysteryMailbox sandboxMysteryMailbox, SandboxWebServer web,
			SandboxProperties properties) {
		MysteryMailbox mailbox = sandboxMysteryMailbox;
		return new SandboxConnection(mailbox.smtpHost(), mailbox.smtpPort(), mailbox.imapHost(), mailbox.imapPort(),
				mailbox.address(), mailbox.user(), mailbox.password(), web.baseUrl(),
				(properties.dataDir() != null) ? properties.dataDir().toAbsolutePath().toString() : null);
	}

}
