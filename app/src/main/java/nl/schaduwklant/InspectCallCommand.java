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

	/**
	 * Until which second of the audio the caller pressed menu keys (a probe's call says).
	 */
	static final String MENU_UNTIL = "--menu-until=";

	private InspectCallCommand() {
	}

	static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		double menuUntil = 0;
		java.util.List<String> files = new java.util.ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			if (args[i].startsWith(MENU_UNTIL)) {
				try {
					menuUntil = Double.parseDouble(args[i].substring(MENU_UNTIL.length()));
				}
				catch (NumberFormatException ex) {
					err.println(MENU_UNTIL + " takes seconds, e.g. " + MENU_UNTIL + "8.1, not " + args[i]);
					return 2;
				}
			}
			else {
				files.add(args[i]);
			}
		}
		if (files.size() != 1) {
			err.println("usage: java -jar schaduwklant.jar " + NAME + " [" + MENU_UNTIL + "SECONDS] FILE.wav");
			return 2;
		}
		Path file = Path.of(files.get(0));
		CallInspection inspection;
		try (InputStream wav = Files.newInputStream(file)) {
			inspection = new CallInspector().inspect(wav, menuUntil);
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
