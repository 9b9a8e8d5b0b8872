package nl.schaduwklant.scheduler;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One step through an organisation's telephone menu: wait, then press keys or say a
 * phrase.
 *
 * @param waitSeconds how long to listen first (e.g. to the menu being read out)
 * @param digits the keys to press, {@code 0-9}, {@code *}, {@code #} and {@code w} (half
 * a second's pause)
 * @param say a phrase to say instead (for a menu that listens)
 */
public record MenuStep(@Min(0) @Max(300) int waitSeconds, @Pattern(regexp = "[0-9*#w]{1,20}") String digits,
		@Size(max = 200) String say) {

	@AssertTrue(message = "{MenuStep.digitsOrSay}")
	boolean isDigitsOrSay() {
		return this.digits == null || this.say == null;
	}

}
