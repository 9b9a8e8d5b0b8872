package nl.schaduwklant;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.schaduwklant.probes.phone.CallFixtures;
import nl.schaduwklant.sandbox.SimulatedCallAudio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Consultants can ask what the phone probe hears in a call's audio, over the API and on
 * the command line; audio that is not a call's is refused with the reason.
 */
@SchaduwklantTest
class CallInspectionTests {

	/**
	 * A menu, a pause, hold music, then a person (how accurately:
	 * LiveAgentDetectionTests).
	 */
	private static final SimulatedCallAudio CALL = SimulatedCallAudio.builder(7)
		.ringing(1)
		.recording("ivr-bank", 0)
		.silence(2)
		.music("music-calm", 12, 0)
		.person("greeting-anouk", 0)
		.silence(4)
		.build();

	@Autowired
	private MockMvcTester mvc;

	@Test
	void shouldExplainWhenTheLiveAgentSpokeAndWhatCameBefore() {
		assertThat(this.mvc.post().uri("/api/inspections/call").contentType("audio/wav").content(CALL.wav()))
			.hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.liveAgentAt")
					.asNumber()
					.satisfies((at) -> assertThat(at.doubleValue()).isCloseTo(CALL.liveAgentAt(), within(0.5)));
				assertThat(json).extractingPath("$.doubtful").isEqualTo(false);
				assertThat(json).extractingPath("$.segments[*].kind")
					.asArray()
					.containsSubsequence("tone", "silence", "recorded-speech", "music", "live-speech", "silence");
				assertThat(json).extractingPath("$.segments[0].from").isEqualTo(0.0);
			});
	}

	@Test
	void shouldRefuseAudioThatIsNotACallsWithAProblemThatSaysWhy() {
		assertThat(this.mvc.post()
			.uri("/api/inspections/call")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header("Accept-Language", "en")
			.content("not a wav file".getBytes(StandardCharsets.UTF_8))).hasStatus(400).bodyJson().satisfies((json) -> {
				assertThat(json).extractingPath("$.title").isEqualTo("Not call audio");
				assertThat(json).extractingPath("$.detail")
					.asString()
					.startsWith("This is not a telephone call's audio");
			});
	}

	@Test
	void shouldPrintTheSameAsJsonOnTheCommandLine(@TempDir Path directory) throws Exception {
		Path file = Files.write(directory.resolve("call.wav"), CALL.wav());
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();

		int exitCode = InspectCallCommand.run(new String[] { "inspect-call", file.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(exitCode).as(err.toString(StandardCharsets.UTF_8)).isZero();
		String json = out.toString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"liveAgentAt\"", "\"confidence\"", "\"segments\"", "\"kind\" : \"live-speech\"",
				"\"kind\" : \"recorded-speech\"");
	}

	@Test
	void shouldTellTheCommandWhereTheMenuEnded(@TempDir Path directory) throws Exception {
		SimulatedCallAudio call = CallFixtures.menuThenQuietThenPerson();
		Path file = Files.write(directory.resolve("menu.wav"), call.wav());
		var out = new ByteArrayOutputStream();

		int exitCode = InspectCallCommand.run(
				new String[] { "inspect-call", "--menu-until=" + CallFixtures.MENU_KEYS_PRESSED_UNTIL,
						file.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

		assertThat(exitCode).isZero();
		double found = JsonMapper.builder()
			.build()
			.readTree(out.toString(StandardCharsets.UTF_8))
			.path("liveAgentAt")
			.asDouble();
		assertThat(found).isCloseTo(call.liveAgentAt(), within(0.5));
	}

	@Test
	void shouldSayOnTheCommandLineWhyAFileIsNotCallAudio(@TempDir Path directory) throws Exception {
		Path file = Files.writeString(directory.resolve("notes.wav"), "not audio");
		var err = new ByteArrayOutputStream();

		int exitCode = InspectCallCommand.run(new String[] { "inspect-call", file.toString() },
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(exitCode).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(file + " is not call audio: not a WAV file");
	}

}
