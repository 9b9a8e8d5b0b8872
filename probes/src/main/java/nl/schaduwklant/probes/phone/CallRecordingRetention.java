package nl.schaduwklant.probes.phone;

import java.time.Clock;
import java.time.Instant;

import nl.schaduwklant.probes.EvidenceKind;
import nl.schaduwklant.probes.EvidenceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes the audio of calls older than the retention period
 * ({@code schaduwklant.probes.phone.twilio.recording-retention}, default 90 days), every
 * hour; what shows the audio existed (its SHA-256, size, when it was captured) and the
 * measurement made from it remain. Harmless on every node at once.
 */
class CallRecordingRetention {

	private static final Logger log = LoggerFactory.getLogger(CallRecordingRetention.class);

	private final EvidenceStore evidence;

	private final TwilioProperties properties;

	private final Clock clock;

	CallRecordingRetention(EvidenceStore evidence, TwilioProperties properties, Clock clock) {
		this.evidence = evidence;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${schaduwklant.probes.phone.retention-check-interval:PT1H}", initialDelay = 60_000)
	void deleteExpired() {
		deleteCapturedBefore(this.clock.instant().minus(this.properties.recordingRetention()));
	}

	/**
	 * @param before audio captured before this instant is deleted
	 * @return how many recordings were deleted
	 */
	int deleteCapturedBefore(Instant before) {
		int deleted = this.evidence.deleteContent(EvidenceKind.CALL_AUDIO, before);
		if (deleted > 0) {
			log.info("Deleted the audio of {} calls captured before {} (their hashes remain)", deleted, before);
		}
		return deleted;
	}

}
