package nl.schaduwklant.sandbox;

/**
 * A known language error the sandbox put into an answer.
 *
 * @param correct the correct text
 * @param wrong what was written instead
 * @param category {@code SPELLING} or {@code GRAMMAR}
 */
public record InjectedError(String correct, String wrong, String category) {
}
