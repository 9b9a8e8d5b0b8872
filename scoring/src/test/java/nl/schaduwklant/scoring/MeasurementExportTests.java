package nl.schaduwklant.scoring;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schaduwklant.probes.CallOutcome;
import nl.schaduwklant.probes.LiveAgentMethod;
import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.norms.OrganisationVerdicts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The measurements export read back exactly: every figure a clause reads, to the
 * microsecond, names a spreadsheet would take for formulas, in either separator.
 */
class MeasurementExportTests {

	private static final Instant AT = Instant.parse("2026-12-01T10:00:00.123456Z");

	@Test
	void shouldReadBackEveryFigureAClauseReads() throws Exception {
		PhoneFigures phone = new PhoneFigures(CallOutcome.REACHED, LiveAgentMethod.CONSULTANT, true, null, null, null,
				Duration.parse("PT9.000001S"), Duration.parse("PT15.0004S"), false, null, 1, null, AT.minusSeconds(60),
				true, true, null, true, Duration.ofSeconds(4));
		Measurement call = new Measurement(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "=Bank Zuid",
				"Financials", Channel.PHONE, null, ProbeOutcome.RESPONDED, true, Duration.parse("PT15.0004S"), null,
				null, null, null, null, null, 1.0, true, null, null, null, phone);
		Measurement chat = new Measurement(UUID.randomUUID(), call.campaignId(), UUID.randomUUID(), "Winkel; \"Oost\"",
				"Handel", Channel.CHAT, null, ProbeOutcome.NO_RESPONSE, false, null, null, null, true, true, null, null,
				0.5, false, null, null, null, null);
		var awaiting = new OrganisationVerdicts.AwaitingReview(UUID.randomUUID(), call.organisationId(), "=Bank Zuid",
				Channel.PHONE, "-doubtful");
		JudgingInput input = new JudgingInput(List.of(call, chat), List.of(awaiting), AT);
		for (char delimiter : new char[] { ';', ',' }) {
			StringWriter csv = new StringWriter();
			MeasurementExport.write(input, Map.of(), delimiter, csv);
			assertThat(csv.toString()).contains("'=Bank Zuid");
			JudgingInput read = MeasurementExport.read(new StringReader(csv.toString()));
			assertThat(read.judgedAt()).isEqualTo(AT);
			assertThat(read.awaiting()).containsExactly(awaiting);
			Measurement readCall = read.measurements().get(0);
			assertThat(readCall.organisationName()).isEqualTo("=Bank Zuid");
			assertThat(readCall.timeToFirstHumanReply()).isEqualTo(Duration.parse("PT15.0004S"));
			assertThat(readCall.phone().timeToLiveAgentFromRinging()).isEqualTo(Duration.parse("PT15.0004S"));
			assertThat(readCall.phone().timeToLiveAgentFromConnect()).isEqualTo(Duration.parse("PT9.000001S"));
			assertThat(readCall.phone().endedAt()).isEqualTo(phone.endedAt());
			assertThat(readCall.phone().reviewed()).isTrue();
			assertThat(readCall.phone().properWelcome()).isTrue();
			assertThat(readCall.phone().alternativeOffered()).isNull();
			assertThat(readCall.phone().callbackPromised()).isTrue();
			assertThat(readCall.phone().callbackAfter()).isEqualTo(Duration.ofSeconds(4));
			assertThat(readCall.resolved()).isTrue();
			Measurement readChat = read.measurements().get(1);
			assertThat(readChat.organisationName()).isEqualTo("Winkel; \"Oost\"");
			assertThat(readChat.available()).isTrue();
			assertThat(readChat.botOnly()).isTrue();
			assertThat(readChat.answered()).isFalse();
			assertThat(readChat.phone()).isNull();
		}
	}

	@Test
	void shouldNameTheRowAndColumnOfAValueItCannotRead() {
		String csv = String.join(",", MeasurementExport.COLUMNS) + "\n" + AT + "," + UUID.randomUUID() + ","
				+ UUID.randomUUID() + "," + UUID.randomUUID() + ",X,S,EMAIL,MEASURED,,RESPONDED,yes\n";
		assertThatThrownBy(() -> MeasurementExport.read(new StringReader(csv)))
			.hasMessage("row 1, column answered: cannot read 'yes'");
	}

}
