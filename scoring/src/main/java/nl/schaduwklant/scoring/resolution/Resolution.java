package nl.schaduwklant.scoring.resolution;

import java.util.List;

/**
 * How much of an answer key an answer contains.
 *
 * @param score the share of facts found, 0–1
 * @param found the names of the facts found
 * @param missing the names of the facts not found
 * @param contradicted the names of the facts the answer contradicts (it contains one of
 * their known-wrong answers)
 */
public record Resolution(double score, List<String> found, List<String> missing, List<String> contradicted) {

	public Resolution {
		found = List.copyOf(found);
		missing = List.copyOf(missing);
		contradicted = (contradicted != null) ? List.copyOf(contradicted) : List.of();
	}

	public Resolution(double score, List<String> found, List<String> missing) {
		this(score, found, missing, List.of());
	}

	public boolean reaches(double threshold) {
		return this.score + 1e-9 >= threshold;
	}

}
