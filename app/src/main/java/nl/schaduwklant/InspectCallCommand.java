package nl.schaduwklant;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.schaduwklant.probes.CallInspection;
import nl.schaduwklant.probes.CallInspector;
import nl.schaduwklant.probes.NotCallAudio;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code inspect-call FILE.wav}: prints, as JSON, what the phone probe hears in a call's
 * audio (8 kHz mono, μ-law or 16-bit PCM WAV) — when a live agent first spoke, how sure
 * that is, and the segments around it — and exits. It needs no database and starts
 * nothing.
 */
final class InspectCallCommand {

	static final String NAME = "inspect-call";

	private InspectCallCommand() {
	}

	static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length != 2) {
			err.println("usage: java -jar schaduwklant.jar " + NAME + " FILE.wav");
			return 2;
		}
		Path file = Path.of(args[1]);
		CallInspection inspection;
		try (InputStream wav = Files.newInputStream(file)) {
			inspection = new CallInspector().inspect(wav);
		}
		catch (IOException ex) {
			err.println("cannot read " + file + ": " + ex.getMessage());
			return 2;
		}
		catch (NotCallAudio ex) {
			err.println(file + " is not call audio: " + ex.getMessage());
			return 2;
		}
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		out.println(json.writeValueAsString(inspection));
		return 0;
	}

}
