package nl.schaduwklant.scoring.composite;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How much each headline figure weighs in a campaign's composite channel score. A figure
 * a channel has not (a call's language) leaves its weight out, and the others are scaled
 * to 100 %; the weights used are shown beside every score.
 *
 * @param responseRate the share of probes a person answered
 * @param withinNorm the share of the answered ones answered within the channel's norm
 * @param resolution the mean resolution of the answers
 * @param languageQuality 1 at no language errors, 0 at 5 or more per 100 words
 */
public record ScoreWeights(@NotNull @Min(0) @Max(100) Integer responseRate,
		@NotNull @Min(0) @Max(100) Integer withinNorm, @NotNull @Min(0) @Max(100) Integer resolution,
		@NotNull @Min(0) @Max(100) Integer languageQuality) {

	/** The weights of a campaign that set none: this platform's choice. */
	public static final ScoreWeights DEFAULT = new ScoreWeights(40, 30, 20, 10);

	/**
	 * @return the sum of the weights
	 */
	public int total() {
		return this.responseRate + this.withinNorm + this.resolution + this.languageQuality;
	}

}
