package nl.schaduwklant.sandbox;

/**
 * How good a simulated answer is.
 */
public enum AnswerQuality {

	/** Every fact of the answer key. */
	CORRECT,

	/** The first fact only. */
	PARTIAL,

	/** None of the facts. */
	WRONG

}
