package nl.schaduwklant.scoring.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.schaduwklant.scheduler.AnswerFact;
import nl.schaduwklant.scheduler.AnswerKey;

/**
 * Scores an answer against an answer key: a fact is found when one of its phrasings
 * occurs as whole words, or its regular expression matches, both case- and
 * diacritics-insensitively.
 */
public final class ResolutionScorer {

	private static final String WORD_EDGE_BEFORE = "(?<![\\p{L}\\p{N}])";

	private static final String WORD_EDGE_AFTER = "(?![\\p{L}\\p{N}])";

	/**
	 * @param answer the answer's text
	 * @param key the answer key
	 * @return the resolution; a key without facts scores 1
	 */
	public Resolution score(String answer, AnswerKey key) {
		String folded = TextFolding.fold((answer != null) ? answer : "");
		List<String> found = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		List<String> contradicted = new ArrayList<>();
		for (AnswerFact fact : key.facts()) {
			(isFound(folded, fact) ? found : missing).add(fact.name());
			if (contains(folded, fact.contradictions())) {
				contradicted.add(fact.name());
			}
		}
		double score = key.facts().isEmpty() ? 1.0 : (double) found.size() / key.facts().size();
		return new Resolution(score, found, missing, contradicted);
	}

	private static boolean isFound(String folded, AnswerFact fact) {
		if (contains(folded, fact.phrasings())) {
			return true;
		}
		if (fact.pattern() != null && !fact.pattern().isBlank()) {
			Pattern pattern = Pattern.compile(TextFolding.withoutDiacritics(fact.pattern()),
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
			return pattern.matcher(folded).find();
		}
		return false;
	}

	private static boolean contains(String folded, List<String> phrasings) {
		for (String phrasing : phrasings) {
			String wanted = TextFolding.fold(phrasing);
			if (!wanted.isEmpty()
					&& Pattern.compile(WORD_EDGE_BEFORE + Pattern.quote(wanted) + WORD_EDGE_AFTER, Pattern.UNICODE_CASE)
						.matcher(folded)
						.find()) {
				return true;
			}
		}
		return false;
	}

}
