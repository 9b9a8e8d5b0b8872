package nl.schaduwklant.probes.phone;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The phone probe's settings, and the signature check in front of its webhooks.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TwilioProperties.class)
class PhoneConfiguration {

	@Bean
	FilterRegistrationBean<TwilioWebhookSignatures> twilioWebhookSignatures(TwilioProperties properties) {
		var registration = new FilterRegistrationBean<>(new TwilioWebhookSignatures(properties));
		registration.addUrlPatterns(TwilioWebhookSignatures.PATH + "*");
		return registration;
	}

}
