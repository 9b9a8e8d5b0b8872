package nl.schaduwklant.scoring.norms;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped NEN 8878 profile, and malformed profiles refused with the line and the
 * field.
 */
class NormProfileReaderTests {

	private final NormProfileReader reader = new NormProfileReader();

	@Test
	void shouldReadTheShippedNen8878Profile() throws Exception {
		try (var yaml = new InputStreamReader(getClass().getResourceAsStream("/norms/nen-8878.yml"),
				StandardCharsets.UTF_8)) {
			NormProfile profile = this.reader.read("nen-8878.yml", yaml);
			assertThat(profile.id()).isEqualTo("nen-8878");
			assertThat(profile.version()).isEqualTo(1);
			assertThat(profile.clauses()).extracting(NormClause::id)
				.containsExactly("answered-within-15s", "technical-reachability", "callers-helped", "proper-welcome",
						"alternative-offered", "callback-promises-kept");
			NormClause answered = profile.clauses().get(0);
			assertThat(answered.type()).isEqualTo(ClauseType.LIVE_AGENT_WITHIN);
			assertThat(answered.limit()).isEqualTo(Duration.ofSeconds(15));
			assertThat(answered.from()).isEqualTo(LiveAgentWithin.From.RINGING);
			assertThat(answered.requiredShare()).isEqualTo(0.85);
			assertThat(profile.clauses()).allSatisfy((clause) -> {
				assertThat(clause.source()).isNotBlank();
				assertThat(clause.assumption()).as("what the public text does not say is marked").isTrue();
				assertThat(clause.assumptionReason()).isNotBlank();
			});
			assertThat(profile.clauses().get(1).requiredShare()).isEqualTo(0.99);
			assertThat(profile.clauses().get(2).requiredShare()).isEqualTo(0.90);
		}
	}

	@Test
	void shouldNameTheLineAndFieldOfAShareGivenAsAPercentage() {
		assertThatThrownBy(() -> read("""
				id: x
				version: 1
				title: X
				clauses:
				  - id: c
				    title: C
				    type: connected
				    requiredShare: 85
				    minimumSample: 20
				    source: somewhere
				""")).isInstanceOfSatisfying(MalformedNormProfile.class, (ex) -> {
			assertThat(ex.line()).isEqualTo(8);
			assertThat(ex.field()).isEqualTo("clauses[0].requiredShare");
			assertThat(ex.getMessage()).contains("x.yml, line 8, clauses[0].requiredShare", "between 0 and 1");
		});
	}

	@Test
	void shouldNameAnUnknownFieldAMissingSourceAndABadLimit() {
		assertThatThrownBy(() -> read("""
				id: x
				version: 1
				title: X
				clauses:
				  - id: c
				    title: C
				    type: connected
				    requiredShare: 0.9
				    minimumSample: 20
				    source: somewhere
				    sauce: oops
				""")).isInstanceOfSatisfying(MalformedNormProfile.class,
				(ex) -> assertThat(ex.getMessage()).contains("line 11, clauses[0].sauce: unknown field"));
		assertThatThrownBy(() -> read("""
				id: x
				version: 1
				title: X
				clauses:
				  - id: c
				    title: C
				    type: connected
				    requiredShare: 0.9
				    minimumSample: 20
				""")).isInstanceOfSatisfying(MalformedNormProfile.class,
				(ex) -> assertThat(ex.getMessage()).contains("line 5, clauses[0].source: missing"));
		assertThatThrownBy(() -> read("""
				id: x
				version: 1
				title: X
				clauses:
				  - id: c
				    title: C
				    type: live-agent-within
				    limit: 15 seconds
				    from: ringing
				    requiredShare: 0.85
				    minimumSample: 20
				    source: somewhere
				""")).isInstanceOfSatisfying(MalformedNormProfile.class,
				(ex) -> assertThat(ex.getMessage()).contains("line 8, clauses[0].limit", "PT15S"));
		assertThatThrownBy(() -> read("id: [unclosed")).isInstanceOf(MalformedNormProfile.class)
			.hasMessageContaining("line 1");
	}

	@Test
	void shouldRefuseAFieldGivenTwiceTwoClausesWithOneIdAndAZeroLimit() {
		String clause = """
				  - id: c
				    title: C
				    type: connected
				    requiredShare: 0.9
				    minimumSample: 20
				    source: somewhere
				""";
		assertThatThrownBy(() -> read("id: x\nversion: 1\ntitle: X\ntitle: Y\nclauses:\n" + clause))
			.isInstanceOfSatisfying(MalformedNormProfile.class,
					(ex) -> assertThat(ex.getMessage()).contains("line 4, title: given twice"));
		assertThatThrownBy(() -> read("id: x\nversion: 1\ntitle: X\nclauses:\n" + clause + clause))
			.isInstanceOfSatisfying(MalformedNormProfile.class,
					(ex) -> assertThat(ex.getMessage()).contains("line 11, clauses[1].id", "earlier clause"));
		assertThatThrownBy(() -> read("""
				id: x
				version: 1
				title: X
				clauses:
				  - id: c
				    title: C
				    type: live-agent-within
				    limit: PT0S
				    from: ringing
				    requiredShare: 0.85
				    minimumSample: 20
				    source: somewhere
				""")).isInstanceOfSatisfying(MalformedNormProfile.class,
				(ex) -> assertThat(ex.getMessage()).contains("line 8, clauses[0].limit", "positive"));
	}

	@Test
	void shouldShipEveryProfileWithItsSourceAndAssumptionsMarked() {
		NormProfiles shipped = NormProfiles.shipped();
		assertThat(shipped.all()).extracting(NormProfile::id).containsExactlyElementsOf(NormProfiles.SHIPPED);
		assertThat(shipped.all()).allSatisfy((profile) -> assertThat(profile.clauses()).allSatisfy((clause) -> {
			assertThat(clause.source()).isNotBlank();
			assertThat(clause.assumption()).as("every shipped clause assumes a share, moment or sample").isTrue();
			assertThat(clause.assumptionReason()).isNotBlank();
		}));
		NormClause eightyTwenty = shipped.get("service-level-80-20").orElseThrow().clauses().get(0);
		assertThat(eightyTwenty.limit()).isEqualTo(Duration.ofSeconds(20));
		assertThat(eightyTwenty.requiredShare()).isEqualTo(0.80);
		assertThat(shipped.get("municipal-telephone").orElseThrow().clauses().get(0).limit())
			.isEqualTo(Duration.ofSeconds(25));
		NormClause keurmerk = shipped.get("keurmerk-klantgericht-verzekeren").orElseThrow().clauses().get(0);
		assertThat(keurmerk.type()).isEqualTo(ClauseType.WAIT_OR_CALLBACK);
		assertThat(keurmerk.limit()).isEqualTo(Duration.ofMinutes(5));
		NormClause email = shipped.get("email-one-working-day").orElseThrow().clauses().get(0);
		assertThat(email.channel()).isEqualTo(nl.schaduwklant.scheduler.Channel.EMAIL);
		assertThat(email.time()).isEqualTo(NormClause.ReplyTime.BUSINESS);
		NormClause chat = shipped.get("chat-two-minutes").orElseThrow().clauses().get(0);
		assertThat(chat.limit()).isEqualTo(Duration.ofMinutes(2));
		assertThat(chat.time()).isEqualTo(NormClause.ReplyTime.WALL);
		assertThat(shipped.get("social-one-hour").orElseThrow().clauses().get(0).channel())
			.isEqualTo(nl.schaduwklant.scheduler.Channel.SOCIAL);
	}

	@Test
	void shouldRefuseFieldsATypeDoesNotUseAndAnAssumptionWithoutItsReason() {
		assertThatThrownBy(() -> read("""
				id: x
				version: 1
				title: X
				clauses:
				  - id: c
				    title: C
				    type: connected
				    limit: PT15S
				    requiredShare: 0.9
				    minimumSample: 20
				    source: somewhere
				""")).isInstanceOfSatisfying(MalformedNormProfile.class, (ex) -> assertThat(ex.getMessage())
			.contains("line 8, clauses[0].limit", "not used by a clause of type connected"));
		assertThatThrownBy(() -> read("""
				id: x
				version: 1
				title: X
				clauses:
				  - id: c
				    title: C
				    type: reply-within
				    channel: phone
				    limit: PT1H
				    requiredShare: 0.9
				    minimumSample: 20
				    source: somewhere
				""")).isInstanceOfSatisfying(MalformedNormProfile.class,
				(ex) -> assertThat(ex.getMessage()).contains("line 8, clauses[0].channel", "a written channel"));
		assertThatThrownBy(() -> read("""
				id: x
				version: 1
				title: X
				clauses:
				  - id: c
				    title: C
				    type: connected
				    requiredShare: 0.9
				    minimumSample: 20
				    source: somewhere
				    assumption: true
				""")).isInstanceOfSatisfying(MalformedNormProfile.class,
				(ex) -> assertThat(ex.getMessage()).contains("clauses[0].assumptionReason: missing"));
		assertThatThrownBy(() -> read("""
				id: x
				version: 1
				title: X
				clauses:
				  - id: c
				    title: C
				    type: welcome
				    requiredShare: 0.9
				    minimumSample: 20
				    source: somewhere
				""")).isInstanceOfSatisfying(MalformedNormProfile.class, (ex) -> assertThat(ex.getMessage())
			.contains("line 7, clauses[0].type", "proper-welcome", "reply-within", "not 'welcome'"));
	}

	private NormProfile read(String yaml) {
		return this.reader.read("x.yml", new StringReader(yaml));
	}

}
