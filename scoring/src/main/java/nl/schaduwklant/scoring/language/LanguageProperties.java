package nl.schaduwklant.scoring.language;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
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
 */
@ConfigurationProperties("schaduwklant.scoring.language")
@Validated
public record LanguageProperties(@DefaultValue("nl-NL") @NotBlank String language,
		@DefaultValue("2") @Positive int instances, @DefaultValue("true") boolean warmUp, List<String> allowList,
		@DefaultValue("20000") @Positive int maxCharacters, @DefaultValue("100") @Positive int maxTokenLength,
		@DefaultValue("500") @Positive int maxSentenceLength, @DefaultValue("10s") @NotNull Duration timeLimit,
		@DefaultValue("30s") @NotNull Duration borrowTimeout, @DefaultValue("5m") @NotNull Duration warmUpTimeout) {

	public LanguageProperties {
		allowList = (allowList != null) ? List.copyOf(allowList) : List.of();
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
