package nl.schaduwklant.probes.email;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import nl.schaduwklant.probes.CapturedContent;
import nl.schaduwklant.probes.Evidence;
import nl.schaduwklant.probes.EvidenceKind;
import nl.schaduwklant.probes.EvidenceNotFound;
import nl.schaduwklant.probes.EvidenceRef;
import nl.schaduwklant.probes.EvidenceStore;

/**
 * Evidence kept in memory, for tests of the e-mail adapter without a database.
 */
public class InMemoryEvidenceStore implements EvidenceStore {

	private final Map<UUID, Evidence> stored = new ConcurrentHashMap<>();

	@Override
	public EvidenceRef store(UUID probeId, EvidenceKind kind, String mediaType, CapturedContent capture) {
		var ref = new EvidenceRef(UUID.randomUUID(), probeId, kind, mediaType, capture.sha256(), capture.size(),
				capture.truncated(), Instant.now());
		this.stored.put(ref.id(), new Evidence(ref, capture.bytes()));
		return ref;
	}

	@Override
	public Evidence load(UUID id) {
		Evidence evidence = this.stored.get(id);
		if (evidence == null) {
			throw new EvidenceNotFound(id);
		}
		return evidence;
	}

	@Override
	public void attach(UUID id, UUID probeId) {
	}

	@Override
	public List<EvidenceRef> forProbe(UUID probeId) {
		return this.stored.values().stream().map(Evidence::ref).filter((ref) -> probeId.equals(ref.probeId())).toList();
	}

	@Override
	public int deleteContent(EvidenceKind kind, java.time.Instant capturedBefore) {
		int deleted = 0;
		for (Evidence evidence : List.copyOf(this.stored.values())) {
			EvidenceRef ref = evidence.ref();
			if (ref.kind() == kind && ref.capturedAt().isBefore(capturedBefore) && ref.contentDeletedAt() == null) {
				this.stored
					.put(ref.id(),
							new Evidence(
									new EvidenceRef(ref.id(), ref.probeId(), ref.kind(), ref.mediaType(), ref.sha256(),
											ref.size(), ref.truncated(), ref.capturedAt(), Instant.now()),
									new byte[0]));
				deleted++;
			}
		}
		return deleted;
	}

}
