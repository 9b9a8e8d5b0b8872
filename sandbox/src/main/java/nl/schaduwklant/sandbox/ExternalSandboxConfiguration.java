package nl.schaduwklant.sandbox;

import java.nio.file.Path;

import nl.schaduwklant.probes.MysteryMailbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * A sandbox running as its own process ({@code schaduwklant.sandbox.mode=external}): the
 * application starts no servers of its own, and takes the mystery mailbox and the
 * simulated organisations' websites from the sandbox's connection file
 * ({@code schaduwklant.sandbox.connection-file}, or {@code sandbox.json} in
 * {@code schaduwklant.sandbox.data-dir}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SandboxProperties.class)
@ConditionalOnProperty(name = "schaduwklant.sandbox.enabled", havingValue = "true")
@ConditionalOnProperty(name = "schaduwklant.sandbox.mode", havingValue = "external")
class ExternalSandboxConfiguration {

	@Bean
	SandboxConnection sandboxConnection(SandboxProperties properties) {
		Path file = (properties.connectionFile() != null) ? properties.connectionFile()
				: (properties.dataDir() != null) ? properties.dataDir().resolve(SandboxConnection.FILE_NAME) : null;
		if (file == null) {
			throw new IllegalStateException("An external sandbox needs schaduwklant.sandbox.connection-file "
					+ "(the sandbox.json the sandbox process wrote) or schaduwklant.sandbox.data-dir");
		}
		return SandboxConnection.read(file);
	}

	@Bean
	@Primary
	MysteryMailbox sandboxMysteryMailbox(SandboxConnection connection) {
		return connection.mysteryMailbox();
	}

	@Bean
	SandboxSites sandboxSites(SandboxConnection connection) {
		return connection.sites();
	}

}
