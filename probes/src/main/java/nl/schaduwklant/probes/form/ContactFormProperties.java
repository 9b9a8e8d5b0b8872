package nl.schaduwklant.probes.form;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the contact-form probe (its browsers are set under
 * {@code schaduwklant.probes.browser}).
 *
 * @param confirmationTimeout the longest the organisation's site may take to confirm a
 * submitted form
 */
@ConfigurationProperties("schaduwklant.probes.contact-form")
public record ContactFormProperties(Duration confirmationTimeout) {

	public ContactFormProperties {
		confirmationTimeout = (confirmationTimeout != null) ? confirmationTimeout : Duration.ofSeconds(20);
	}

}
