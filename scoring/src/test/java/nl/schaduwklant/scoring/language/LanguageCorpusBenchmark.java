package nl.schaduwklant.scoring.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/**
 * Benchmark, not a test (run by {@code scripts/bench-language}): LanguageTool's built-in
 * Dutch rules as they come, against our checker (our rules, names, codes and salutations,
 * the answer's language identified first), on the annotated Dutch replies and on English
 * ones. Prints the figures and writes them to {@code docs/benchmarks.md}.
 */
class LanguageCorpusBenchmark {

	private static final List<String> FAMILIES = List.of("U_UW", "DE_HET", "SPLIT_COMPOUND", "D_T");

	@Test
	void compareBuiltInRulesWithOurChecker() throws IOException {
		List<AnnotatedReplies.Reply> dutch = AnnotatedReplies.read("/language/dutch-replies.txt");
		List<AnnotatedReplies.Reply> english = AnnotatedReplies.read("/language/english-replies.txt")
			.stream()
			.filter((reply) -> reply.family().equals("ENGLISH"))
			.toList();
		JLanguageTool builtIn = new JLanguageTool(Languages.getLanguageForShortCode("nl-NL"));
		LanguageChecker ours = new LanguageChecker(LanguageProperties.of("nl-NL", 1));
		ours.warmUp();
		LanguageCorpusScore before = LanguageCorpusScore.of(dutch, (text) -> builtIn(builtIn, text));
		LanguageCorpusScore after = LanguageCorpusScore.of(dutch, (text) -> ours(ours, text));
		int englishWords = english.stream().mapToInt(AnnotatedReplies.Reply::words).sum();
		int englishBefore = english.stream().mapToInt((reply) -> builtIn(builtIn, reply.text()).size()).sum();
		int englishAfter = english.stream().mapToInt((reply) -> ours(ours, reply.text()).size()).sum();
		long identified = english.stream()
			.filter((reply) -> "en".equals(ours.check(reply.text(), List.of()).answerLanguage()))
			.count();
		ours.close();

		StringBuilder out = new StringBuilder("## Language checking: Dutch error families\n\n");
		out.append(String.format(Locale.ROOT,
				"`scripts/bench-language`, %s. LanguageTool %s. The annotated set `scoring/src/test/resources/"
						+ "language/dutch-replies.txt`: %d Dutch customer-service replies, %d of them clean (%d words, "
						+ "full of reference codes, addresses, names and products), the others with known errors of one "
						+ "family each. *Built-in* is LanguageTool's Dutch rules as they come; *ours* is the checker "
						+ "the platform uses (`grammar-nl.xml`, names, codes and salutations, language first).%n%n",
				LocalDate.now(), JLanguageTool.VERSION, dutch.size(),
				dutch.stream().filter((reply) -> reply.family().equals("CLEAN")).count(), after.cleanWords()));
		out.append("| Family | Known errors | Found, built-in | Found, ours |\n|---|---:|---:|---:|\n");
		for (String family : FAMILIES) {
			out.append(String.format(Locale.ROOT, "| %s | %d | %d (%.0f %%) | %d (%.0f %%) |%n", family,
					after.known().get(family), before.found().getOrDefault(family, 0), 100 * before.recall(family),
					after.found().getOrDefault(family, 0), 100 * after.recall(family)));
		}
		out.append(String.format(Locale.ROOT,
				"%nFalse findings on the clean replies: built-in **%d (%.1f per 1,000 words)**, ours **%d (%.1f per "
						+ "1,000 words)**; goal at most 1 per 1,000 words.%n%n",
				before.falseFindings().size(), before.falseFindingsPer1000Words(), after.falseFindings().size(),
				after.falseFindingsPer1000Words()));
		out.append(String.format(Locale.ROOT,
				"English answers (`english-replies.txt`, %d flawless replies, %d words): judged as Dutch by the "
						+ "built-in rules, **%d findings**; ours identifies %d of %d as English and checks them in "
						+ "English (en-GB): **%d findings**.%n%n",
				english.size(), englishWords, englishBefore, identified, english.size(), englishAfter));
		out.append("Still missed by ours: ")
			.append(after.misses().isEmpty() ? "none" : String.join("; ", after.misses()))
			.append(".\n");
		String section = out.toString();
		System.out.println(section);
		write(Path.of(System.getProperty("bench.output", "../docs/benchmarks.md")), "language", section);
	}

	private static List<LanguageCorpusScore.Finding> builtIn(JLanguageTool tool, String text) {
		try {
			return tool.check(text)
				.stream()
				.map((match) -> new LanguageCorpusScore.Finding(match.getFromPos(), match.getToPos(),
						match.getRule().getId()))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<LanguageCorpusScore.Finding> ours(LanguageChecker checker, String text) {
		return checker.check(text, List.of())
			.issues()
			.stream()
			.map((issue) -> new LanguageCorpusScore.Finding(issue.offset(), issue.offset() + issue.length(),
					issue.rule()))
			.toList();
	}

	private static void write(Path file, String name, String section) throws IOException {
		String begin = "<!-- benchmark:" + name + " -->";
		String end = "<!-- /benchmark:" + name + " -->";
		String block = begin + "\n" + section.strip() + "\n" + end;
		String text = Files.readString(file, StandardCharsets.UTF_8);
		int from = text.indexOf(begin);
		int to = text.indexOf(end);
		text = (from >= 0 && to > from) ? text.substring(0, from) + block + text.substring(to + end.length())
				: text.stripTrailing() + "\n\n" + block + "\n";
		Files.writeString(file, text, StandardCharsets.UTF_8);
		System.out.println("Written to " + file.toAbsolutePath().normalize());
	}

}
