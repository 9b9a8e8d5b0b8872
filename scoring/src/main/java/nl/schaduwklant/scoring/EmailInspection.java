package nl.schaduwklant.scoring;

import nl.schaduwklant.probes.EmailReading;
import nl.schaduwklant.probes.ReplyMatch;

/**
 * What the e-mail probe and scoring conclude from one raw message.
 *
 * @param reading what the probe reads in it
 * @param match the probe it would be matched to, or {@code null}
 * @param language the language errors of its new text (with the matched organisation's
 * allow-list)
 */
public record EmailInspection(EmailReading reading, ReplyMatch match, LanguageFindings language) {
}
