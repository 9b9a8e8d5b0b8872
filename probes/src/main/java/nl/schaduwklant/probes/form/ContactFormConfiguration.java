package nl.schaduwklant.probes.form;

import java.time.Clock;
import java.util.Optional;

import nl.schaduwklant.probes.ChannelProbe;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.MysteryMailbox;
import nl.schaduwklant.probes.browser.BrowserPool;
import nl.schaduwklant.probes.browser.BrowserProperties;
import nl.schaduwklant.probes.browser.BrowserWatchdog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContactFormProperties.class)
class ContactFormConfiguration {

	@Bean
	ContactFormProbe contactFormProbe(BrowserPool browsers, BrowserWatchdog browserWatchdog, EvidenceStore evidence,
			ObjectProvider<MysteryMailbox> mailbox, BrowserProperties browserProperties,
			ContactFormProperties properties, @Qualifier("emailProbe") ChannelProbe emailProbe, Clock clock) {
		return new ContactFormProbe(browsers, browserWatchdog, evidence, Optional.ofNullable(mailbox.getIfAvailable()),
				browserProperties, properties, emailProbe, clock);
	}

}
