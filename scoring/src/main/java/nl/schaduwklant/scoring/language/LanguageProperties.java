package nl.schaduwklant.scoring.language;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Language checking settings.
 *
 * @param language the LanguageTool language code answers are checked in
 * @param instances how many LanguageTool instances check in parallel (each ~30 MB, one
 * per busy thread)
 * @param warmUp whether to load the dictionaries at start-up rather than at the first
 * check
 * @param allowList words that are never errors for any organisation
 */
@ConfigurationProperties("schaduwklant.scoring.language")
public record LanguageProperties(String language, int instances, Boolean warmUp, List<String> allowList) {

	public LanguageProperties {
		language = (language != null && !language.isBlank()) ? language : "nl-NL";
		instances = (instances > 0) ? instances : 2;
		warmUp = (warmUp != null) ? warmUp : Boolean.TRUE;
		allowList = (allowList != null) ? List.copyOf(allowList) : List.of();
	}

}
