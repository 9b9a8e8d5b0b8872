package nl.schaduwklant.scoring.norms;

import java.util.List;

/**
 * A norm profile: versioned clauses, each citing its source.
 *
 * @param id its id, e.g. {@code nen-8878}
 * @param version its version; every verdict names it
 * @param title its name
 * @param clauses its clauses
 */
public record NormProfile(String id, int version, String title, List<NormClause> clauses) {

	public NormProfile {
		clauses = List.copyOf(clauses);
	}

}
