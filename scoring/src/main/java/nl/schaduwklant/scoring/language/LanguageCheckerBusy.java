package nl.schaduwklant.scoring.language;

/**
 * No LanguageTool instance could be had for a check in time (all busy, the checker
 * closed, or the waiting thread interrupted). Nothing was judged: try the text again
 * later.
 */
public class LanguageCheckerBusy extends RuntimeException {

	LanguageCheckerBusy(String message) {
		super(message);
	}

	LanguageCheckerBusy(String message, Throwable cause) {
		super(message, cause);
	}

}
