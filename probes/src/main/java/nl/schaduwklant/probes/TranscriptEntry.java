package nl.schaduwklant.probes;

import java.time.Instant;

/**
 * One message of a conversation, as text: markup in it is kept as characters, never
 * interpreted.
 *
 * @param author who wrote it
 * @param name the author's name as shown, if shown
 * @param text what it says
 * @param at when it appeared
 */
public record TranscriptEntry(Author author, String name, String text, Instant at) {
}
