package nl.schaduwklant.probes;

/**
 * A stored piece of evidence with its content.
 *
 * @param ref what it is
 * @param content the stored bytes (the complete original unless {@code ref.truncated()})
 */
public record Evidence(EvidenceRef ref, byte[] content) {
}
