package nl.schaduwklant.sandbox;

import java.time.Clock;

import nl.schaduwklant.probes.MysteryMailbox;
import nl.schaduwklant.sandbox.mail.OrganisationResponder;
import nl.schaduwklant.sandbox.mail.SandboxMailServer;
import nl.schaduwklant.sandbox.web.SandboxWebServer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The sandbox, when {@code schaduwklant.sandbox.enabled}: a local mail server whose
 * simulated organisations answer mystery e-mails, the mystery mailbox on it, and a local
 * web server with their chat pages and contact forms.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SandboxProperties.class)
@ConditionalOnProperty(name = "schaduwklant.sandbox.enabled", havingValue = "true")
class SandboxConfiguration {

	@Bean
	SandboxMailServer sandboxMailServer(SandboxProperties properties) {
		return new SandboxMailServer(properties.mysteryAddress());
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
	OrganisationResponder organisationResponder(SandboxMailServer server, GroundTruth truth,
			SandboxProperties properties, Clock clock) {
		return new OrganisationResponder(server, truth, properties.seed(), clock);
	}

	@Bean
	ChatGroundTruth sandboxChatGroundTruth() {
		return new ChatGroundTruth();
	}

	@Bean
	SandboxWebServer sandboxWebServer(ChatGroundTruth truth, OrganisationResponder responder,
			SandboxProperties properties, Clock clock) {
		return new SandboxWebServer(truth, responder, properties.seed(), clock);
	}

}
