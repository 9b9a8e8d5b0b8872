package nl.schaduwklant.probes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The one store of evidence: raw messages, transcripts, screenshots and call events, each
 * with the SHA-256 of its complete original so it can be shown to be unaltered.
 */
public interface EvidenceStore {

	/**
	 * @param probeId the probe it belongs to, or {@code null} when not (yet) known
	 * @param kind what it is
	 * @param mediaType its media type
	 * @param capture the captured content, its hash and size
	 * @return the stored evidence
	 */
	EvidenceRef store(UUID probeId, EvidenceKind kind, String mediaType, CapturedContent capture);

	/**
	 * @param id the evidence
	 * @return the evidence with its content
	 * @throws EvidenceNotFound when there is none with that id
	 */
	Evidence load(UUID id);

	/**
	 * Links evidence stored before its probe was known to that probe.
	 * @param id the evidence
	 * @param probeId the probe
	 */
	void attach(UUID id, UUID probeId);

	List<EvidenceRef> forProbe(UUID probeId);

	/**
	 * Deletes the content of evidence at the end of its retention period, keeping what
	 * shows it existed: its hash, size, kind and when it was captured.
	 * @param kind the kind of evidence
	 * @param capturedBefore evidence captured before this instant loses its content
	 * @return how many pieces lost their content
	 */
	int deleteContent(EvidenceKind kind, Instant capturedBefore);

}
