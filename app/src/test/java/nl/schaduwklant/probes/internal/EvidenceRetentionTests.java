package nl.schaduwklant.probes.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import nl.schaduwklant.probes.CapturedContent;
import nl.schaduwklant.probes.EvidenceKind;
import nl.schaduwklant.probes.EvidenceRef;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end of a recording's retention period: its content goes, what shows it existed (its
 * hash, size, kind, when it was captured) stays, and other evidence is untouched.
 */
@JdbcTest(properties = { "spring.flyway.locations=classpath:db/migration/probes",
		"spring.datasource.url=jdbc:h2:mem:retention;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" })
@Import({ JdbcEvidenceStore.class, EvidenceRetentionTests.Clocks.class })
class EvidenceRetentionTests {

	private static final Instant CAPTURED = Instant.parse("2026-09-01T10:00:00Z");

	@Autowired
	private JdbcEvidenceStore evidence;

	@Test
	void shouldDeleteTheAudioButKeepItsHashAndEverythingElse() {
		UUID probe = UUID.randomUUID();
		CapturedContent audio = CapturedContent.of("RIFF....WAVE".getBytes(StandardCharsets.US_ASCII));
		EvidenceRef recording = this.evidence.store(probe, EvidenceKind.CALL_AUDIO, "audio/wav", audio);
		EvidenceRef callback = this.evidence.store(probe, EvidenceKind.CALL_EVENT, "application/json",
				CapturedContent.of("{\"CallStatus\":\"completed\"}".getBytes(StandardCharsets.UTF_8)));

		assertThat(this.evidence.deleteContent(EvidenceKind.CALL_AUDIO, CAPTURED)).as("not yet expired").isZero();
		assertThat(this.evidence.deleteContent(EvidenceKind.CALL_AUDIO, CAPTURED.plus(Duration.ofDays(90))))
			.isEqualTo(1);
		assertThat(this.evidence.deleteContent(EvidenceKind.CALL_AUDIO, CAPTURED.plus(Duration.ofDays(90))))
			.as("deleted once")
			.isZero();

		var kept = this.evidence.load(recording.id());
		assertThat(kept.content()).isEmpty();
		assertThat(kept.ref().sha256()).isEqualTo(audio.sha256());
		assertThat(kept.ref().size()).isEqualTo(audio.size());
		assertThat(kept.ref().capturedAt()).isEqualTo(CAPTURED);
		assertThat(kept.ref().contentDeletedAt()).isNotNull();
		assertThat(this.evidence.load(callback.id()).content()).isNotEmpty();
		assertThat(this.evidence.load(callback.id()).ref().contentDeletedAt()).isNull();
		assertThat(this.evidence.forProbe(probe)).hasSize(2);
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		Clock capturedClock() {
			return Clock.fixed(CAPTURED, ZoneOffset.UTC);
		}

	}

}
