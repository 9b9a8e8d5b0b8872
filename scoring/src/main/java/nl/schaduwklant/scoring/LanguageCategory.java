package nl.schaduwklant.scoring;

/**
 * The kinds of language errors reported separately.
 */
public enum LanguageCategory {

	SPELLING, GRAMMAR, PUNCTUATION, STYLE, OTHER

}
