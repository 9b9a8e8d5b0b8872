package nl.schaduwklant.probes;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored piece of evidence, without its content.
 *
 * @param id its id
 * @param probeId the probe it belongs to, if known
 * @param kind what it is
 * @param mediaType its media type
 * @param sha256 the SHA-256 of the complete original, hex-encoded
 * @param size the size of the complete original in bytes
 * @param truncated whether only the first part of the original was stored (it exceeded
 * the size limit); the hash and size still describe the complete original
 * @param capturedAt when it was captured
 * @param contentDeletedAt when its content was deleted at the end of its retention period
 * (its hash and size stay), if it was
 */
public record EvidenceRef(UUID id, UUID probeId, EvidenceKind kind, String mediaType, String sha256, long size,
		boolean truncated, Instant capturedAt, Instant contentDeletedAt) {

	public EvidenceRef(UUID id, UUID probeId, EvidenceKind kind, String mediaType, String sha256, long size,
			boolean truncated, Instant capturedAt) {
		this(id, probeId, kind, mediaType, sha256, size, truncated, capturedAt, null);
	}

}
