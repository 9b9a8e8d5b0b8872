package nl.schaduwklant.probes;

/**
 * An organisation called back (published once the callback is stored, for the norms that
 * read whether callback promises are kept).
 *
 * @param callback the callback, matched to its probe where it could be
 */
public record CallbackReceived(PhoneCallback callback) {
}
