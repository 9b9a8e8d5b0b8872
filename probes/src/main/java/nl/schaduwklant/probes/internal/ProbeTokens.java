package nl.schaduwklant.probes.internal;

import java.security.SecureRandom;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Short, unambiguous reference tokens such as {@code SK-7Q2X9}: five characters of
 * Crockford's base 32 (no I, L, O or U), over 33 million possibilities.
 */
@Component
public class ProbeTokens {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	/** A token anywhere in a text, with or without brackets. */
	public static final Pattern PATTERN = Pattern.compile("\\bSK-([0-9A-HJKMNP-TV-Z]{5})\\b", Pattern.CASE_INSENSITIVE);

	private final SecureRandom random = new SecureRandom();

	private final ProbeRunRepository probes;

	ProbeTokens(ProbeRunRepository probes) {
		this.probes = probes;
	}

	String next() {
		String token;
		do {
			var chars = new StringBuilder("SK-");
			for (int i = 0; i < 5; i++) {
				chars.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
			}
			token = chars.toString();
		}
		while (this.probes.existsByToken(token));
		return token;
	}

}
