package nl.schaduwklant.probes.form;

import java.time.Clock;
import java.util.Optional;

import nl.schaduwklant.probes.ChannelProbe;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.MysteryMailbox;
import nl.schaduwklant.probes.browser.BrowserProperties;
import nl.schaduwklant.probes.browser.BrowserSessions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContactFormProperties.class)
class ContactFormConfiguration {

	@Bean
	ContactFormProbe contactFormProbe(BrowserSessions browsers, EvidenceStore evidence,
			ObjectProvider<MysteryMailbox> mailbox, BrowserProperties browserProperties,
			ContactFormProperties properties, @Qualifier("emailProbe") ChannelProbe emailProbe, Clock clock) {
		return new ContactFormProbe(browsers, evidence, Optional.ofNullable(mailbox.getIfAvailable()),
				browserProperties, properties, emailProbe, clock);
	}

}
