package nl.schaduwklant.scoring;

import java.util.List;

import nl.schaduwklant.scoring.LanguageFindings.Coverage;
import nl.schaduwklant.scoring.LanguageFindings.Outcome;
import nl.schaduwklant.scoring.LanguageFindings.SkipReason;
import nl.schaduwklant.scoring.LanguageFindings.SkippedSpan;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Findings are stored as JSON with their measurement.
 */
class LanguageFindingsTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void shouldKeepOutcomeAndCoverageThroughJson() {
		LanguageFindings findings = new LanguageFindings("nl-NL", Outcome.PARTIAL, 11,
				List.of(new LanguageIssue(LanguageCategory.SPELLING, "MORFOLOGIK_RULE_NL_NL", "Spelfout", 40, 8,
						"antwoord", List.of("antwoord"))),
				0, new Coverage(700_070, 69, List.of(new SkippedSpan(30, 700_000, SkipReason.LONG_TOKEN))));
		String written = this.json.writeValueAsString(findings);
		assertThat(written).contains("\"outcome\":\"PARTIAL\"", "\"truncated\":false", "\"checkedCharacters\":69",
				"\"errors\":1");
		assertThat(this.json.readValue(written, LanguageFindings.class)).isEqualTo(findings);
	}

	@Test
	void shouldWriteATimedOutCheckWithoutFigures() {
		LanguageFindings findings = LanguageFindings.timedOut("nl-NL", 11, new Coverage(70, 70, List.of()));
		String written = this.json.writeValueAsString(findings);
		assertThat(written).contains("\"outcome\":\"TIMED_OUT\"", "\"judged\":false", "\"errors\":null",
				"\"errorsPer100Words\":null");
		assertThat(this.json.readValue(written, LanguageFindings.class)).isEqualTo(findings);
	}

	@Test
	void shouldReadFindingsStoredWithoutOutcomeOrCoverageAsComplete() {
		LanguageFindings stored = this.json.readValue("""
				{"language":"nl-NL","words":50,"issues":[],"ignored":0,"errors":0,"errorsPer100Words":0.0}""",
				LanguageFindings.class);
		assertThat(stored.outcome()).isEqualTo(Outcome.COMPLETE);
		assertThat(stored.coverage()).isEqualTo(Coverage.NOT_RECORDED);
		assertThat(stored.errorsPer100Words()).isZero();
	}

}
