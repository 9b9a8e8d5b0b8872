package nl.schaduwklant;

import java.util.List;

import nl.schaduwklant.sandbox.InjectedError;
import nl.schaduwklant.scoring.LanguageCategory;
import nl.schaduwklant.scoring.LanguageIssue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the language errors found in an answer against the errors the sandbox seeded in
 * it: exactly as many, each seeded error found with its category.
 */
final class SeededLanguageErrors {

	private SeededLanguageErrors() {
	}

	static void assertFoundExactly(List<LanguageIssue> found, List<InjectedError> seeded, String answer) {
		assertThat(found).as("language errors in the answer of %s", answer).hasSameSizeAs(seeded);
		for (InjectedError error : seeded) {
			assertThat(found).as("the seeded error %s in the answer of %s", error.wrong(), answer)
				.anySatisfy((issue) -> {
					assertThat(error.wrong()).contains(issue.text());
					assertThat(issue.category()).isEqualTo(LanguageCategory.valueOf(error.category()));
				});
		}
	}

}
