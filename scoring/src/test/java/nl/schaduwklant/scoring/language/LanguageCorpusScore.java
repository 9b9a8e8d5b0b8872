package nl.schaduwklant.scoring.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How a checker does on the annotated replies: per error family how many of the known
 * errors it flagged (recall), and on the clean replies how many findings it made per
 * 1,000 words (every one of them false).
 *
 * @param found per family, the known errors flagged
 * @param known per family, the known errors
 * @param cleanWords the words of the clean replies
 * @param falseFindings what was flagged in the clean replies, as {@code id: text (rule)}
 * @param misses the known errors not flagged, as {@code id: text}
 */
record LanguageCorpusScore(Map<String, Integer> found, Map<String, Integer> known, int cleanWords,
		List<String> falseFindings, List<String> misses) {

	/**
	 * A finding as the score needs it.
	 *
	 * @param from its first character
	 * @param to the character after it
	 * @param rule the rule that made it
	 */
	record Finding(int from, int to, String rule) {
	}

	static LanguageCorpusScore of(List<AnnotatedReplies.Reply> replies, Function<String, List<Finding>> checker) {
		Map<String, Integer> found = new TreeMap<>();
		Map<String, Integer> known = new TreeMap<>();
		List<String> falseFindings = new ArrayList<>();
		List<String> misses = new ArrayList<>();
		int cleanWords = 0;
		for (AnnotatedReplies.Reply reply : replies) {
			List<Finding> findings = checker.apply(reply.text());
			if (reply.family().equals("CLEAN")) {
				cleanWords += reply.words();
				findings.forEach((finding) -> falseFindings.add(reply.id() + ": "
						+ reply.text().substring(finding.from(), finding.to()) + " (" + finding.rule() + ")"));
				continue;
			}
			for (AnnotatedReplies.Span error : reply.errors()) {
				known.merge(error.family(), 1, Integer::sum);
				if (findings.stream().anyMatch((finding) -> error.overlaps(finding.from(), finding.to()))) {
					found.merge(error.family(), 1, Integer::sum);
				}
				else {
					misses.add(reply.id() + ": " + reply.text().substring(error.from(), error.to()));
				}
			}
		}
		return new LanguageCorpusScore(found, known, cleanWords, falseFindings, misses);
	}

	double recall(String family) {
		return (double) this.found.getOrDefault(family, 0) / this.known.get(family);
	}

	double falseFindingsPer1000Words() {
		return 1000.0 * this.falseFindings.size() / this.cleanWords;
	}

}
