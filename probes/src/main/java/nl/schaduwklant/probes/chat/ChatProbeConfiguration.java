package nl.schaduwklant.probes.chat;

import java.time.Clock;
import java.util.Optional;

import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.MysteryMailbox;
import nl.schaduwklant.probes.browser.BrowserProperties;
import nl.schaduwklant.probes.browser.BrowserSessions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChatProbeProperties.class)
class ChatProbeConfiguration {

	@Bean
	ChatProbe chatProbe(BrowserSessions browsers, EvidenceStore evidence, ChatProbeProperties properties,
			BrowserProperties browserProperties, ObjectProvider<MysteryMailbox> mailbox, Clock clock) {
		return new ChatProbe(browsers, new ChatResults(evidence), properties, browserProperties,
				Optional.ofNullable(mailbox.getIfAvailable()), clock);
	}

}
