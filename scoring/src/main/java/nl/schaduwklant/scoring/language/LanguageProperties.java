package nl.schaduwklant.scoring.language;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Language checking settings.
 *
 * @param language the LanguageTool language code answers are checked in
 * @param instances how many LanguageTool instances check in parallel (each ~30 MB, one
 * per busy thread); shared by all checkers of the language in a JVM
 * @param warmUp whether to create and warm the instances at start-up, with readiness held
 * back until they are warm
 * @param allowList words that are never errors for any organisation
 * @param maxCharacters how many characters of an answer are checked at most; the rest is
 * cut off
 * @param maxTokenLength how long a run of non-space characters may be; longer runs
 * (encoded data, a line without spaces) are skipped
 * @param maxSentenceLength how long a stretch of text without a sentence end may get
 * before a sentence break is assumed at the next space (LanguageTool's time grows faster
 * than the length of a sentence)
 * @param timeLimit how long one check may take; a check over it is stopped and reported
 * as timed out
 * @param borrowTimeout how long a check waits for a free instance before it gives up with
 * {@link LanguageCheckerBusy}
 * @param warmUpTimeout how long start-up waits for the instances to be warm
 * @param otherLanguages for answers written in another language (by its two-letter code),
 * the LanguageTool language they are checked in (default {@code en: en-GB}); an answer in
 * a language not listed is reported as not checked
 */
@ConfigurationProperties("schaduwklant.scoring.language")
@Validated
public record LanguageProperties(@DefaultValue("nl-NL") @NotBlank String language,
		@DefaultValue("2") @Positive int instances, @DefaultValue("true") boolean warmUp, List<String> allowList,
		@DefaultValue("20000") @Positive int maxCharacters, @DefaultValue("100") @Positive int maxTokenLength,
		@DefaultValue("500") @Positive int maxSentenceLength, @DefaultValue("10s") @NotNull Duration timeLimit,
		@DefaultValue("30s") @NotNull Duration borrowTimeout, @DefaultValue("5m") @NotNull Duration warmUpTimeout,
		Map<String, String> otherLanguages) {

	@ConstructorBinding
	public LanguageProperties {
		allowList = (allowList != null) ? List.copyOf(allowList) : List.of();
		otherLanguages = (otherLanguages != null) ? Map.copyOf(otherLanguages) : Map.of("en", "en-GB");
	}

	public LanguageProperties(String language, int instances, boolean warmUp, List<String> allowList, int maxCharacters,
			int maxTokenLength, int maxSentenceLength, Duration timeLimit, Duration borrowTimeout,
			Duration warmUpTimeout) {
		this(language, instances, warmUp, allowList, maxCharacters, maxTokenLength, maxSentenceLength, timeLimit,
				borrowTimeout, warmUpTimeout, null);
	}

	/**
	 * @param other a LanguageTool language code
	 * @return these settings for checking answers in that language, with one instance
	 * made when first needed (answers in another language are the exception)
	 */
	LanguageProperties in(String other) {
		return new LanguageProperties(other, 1, false, this.allowList, this.maxCharacters, this.maxTokenLength,
				this.maxSentenceLength, this.timeLimit, this.borrowTimeout, this.warmUpTimeout, Map.of());
	}

	/**
	 * @param language the LanguageTool language code
	 * @param instances how many instances check in parallel
	 * @return the default settings with that language and number of instances
	 */
	public static LanguageProperties of(String language, int instances) {
		return new LanguageProperties(language, instances, true, List.of(), 20_000, 100, 500, Duration.ofSeconds(10),
				Duration.ofSeconds(30), Duration.ofMinutes(5));
	}

	@AssertTrue(message = "time-limit, borrow-timeout and warm-up-timeout must be positive")
	public boolean isEachDurationPositive() {
		return positive(this.timeLimit) && positive(this.borrowTimeout) && positive(this.warmUpTimeout);
	}

	private static boolean positive(Duration duration) {
		return duration == null || (!duration.isNegative() && !duration.isZero());
	}

}
