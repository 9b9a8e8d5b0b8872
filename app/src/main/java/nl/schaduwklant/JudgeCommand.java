package nl.schaduwklant;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.schaduwklant.scoring.ExportJudge;
import nl.schaduwklant.scoring.VerdictView;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code judge --profile ID measurements.csv} (or {@code --profile-file FILE.yml} for a
 * version saved through the API): recomputes a campaign's verdicts from its measurements
 * export alone, with the clauses the application judges with, and prints them as JSON —
 * the same as {@code GET /api/campaigns/{id}/verdicts} gave when the file was exported.
 * It needs no database and starts nothing.
 */
final class JudgeCommand {

	static final String NAME = "judge";

	private static final String USAGE = "usage: java -jar schaduwklant.jar " + NAME
			+ " (--profile ID | --profile-file FILE.yml) measurements.csv";

	private JudgeCommand() {
	}

	static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		String profileId = null;
		Path profileFile = null;
		List<String> files = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			if ((args[i].equals("--profile") || args[i].equals("--profile-file")) && i + 1 < args.length) {
				if (args[i].equals("--profile")) {
					profileId = args[++i];
				}
				else {
					profileFile = Path.of(args[++i]);
				}
			}
			else {
				files.add(args[i]);
			}
		}
		if (files.size() != 1 || (profileId == null) == (profileFile == null)) {
			err.println(USAGE);
			return 2;
		}
		Path file = Path.of(files.get(0));
		List<VerdictView> verdicts;
		try (Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			if (profileFile != null) {
				try (Reader yaml = Files.newBufferedReader(profileFile, StandardCharsets.UTF_8)) {
					verdicts = ExportJudge.judge(profileFile.getFileName().toString(), yaml, csv);
				}
			}
			else {
				verdicts = ExportJudge.judgeShipped(profileId, csv);
			}
		}
		catch (IOException ex) {
			err.println("cannot read " + ex.getMessage());
			return 2;
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			return 2;
		}
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		out.println(json.writeValueAsString(verdicts));
		return 0;
	}

}
