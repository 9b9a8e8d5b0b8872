package nl.schaduwklant.sandbox.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import nl.schaduwklant.sandbox.InjectedError;

/**
 * Puts known language errors into an answer: each one a substitution that LanguageTool's
 * Dutch rules are known to flag, in the sentences every simulated answer contains.
 */
public final class KnownErrors {

	private KnownErrors() {
	}

	private static final List<InjectedError> KNOWN = List.of(
			new InjectedError("Wij hebben uw", "Wij heeft uw", "GRAMMAR"),
			new InjectedError("gecontroleerd", "gecontroleert", "SPELLING"),
			new InjectedError("antwoord", "antwoort", "SPELLING"),
			new InjectedError("geïnformeerd", "geinformeerd", "SPELLING"),
			new InjectedError("onze website.", "onze websiete.", "SPELLING"));

	/**
	 * The text with errors, and which they are.
	 *
	 * @param text the text
	 * @param errors the errors in it
	 */
	public record Result(String text, List<InjectedError> errors) {
	}

	public static Result inject(String text, int count, Random random) {
		List<InjectedError> candidates = new ArrayList<>(
				KNOWN.stream().filter((error) -> text.contains(error.correct())).toList());
		List<InjectedError> chosen = new ArrayList<>();
		String result = text;
		while (chosen.size() < count && !candidates.isEmpty()) {
			InjectedError error = candidates.remove(random.nextInt(candidates.size()));
			result = result.replaceFirst(Pattern.quote(error.correct()), error.wrong());
			chosen.add(error);
		}
		return new Result(result, chosen);
	}

}
