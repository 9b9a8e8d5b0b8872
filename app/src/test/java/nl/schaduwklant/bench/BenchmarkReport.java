package nl.schaduwklant.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import nl.schaduwklant.probes.browser.BrowserProperties;

/**
 * Writes benchmark figures to {@code docs/benchmarks.md}, one section per benchmark
 * between markers, so each benchmark rewrites its own section only.
 */
final class BenchmarkReport {

	private static final String HEADER = """
			# Benchmarks

			Figures measured on the machine named in each section by the benchmark named there.
			Run them again with the scripts in `scripts/`; each rewrites its own section.
			""";

	private BenchmarkReport() {
	}

	static String chat(List<ChatThroughputBenchmark.Result> results, Instant at) {
		ChatThroughputBenchmark.Result baseline = results.get(0);
		ChatThroughputBenchmark.Result best = results.stream()
			.max(Comparator.comparingDouble(ChatThroughputBenchmark.Result::probesPerMinute))
			.orElseThrow();
		ChatThroughputBenchmark.Result suggested = results.stream()
			.filter((result) -> result.probesPerMinute() >= 0.9 * best.probesPerMinute())
			.findFirst()
			.orElseThrow();
		ChatThroughputBenchmark.Result accurate = results.stream()
			.filter((result) -> result.latenessMaxMillis() - baseline.latenessMaxMillis() <= 100)
			.max(Comparator.comparingDouble(ChatThroughputBenchmark.Result::probesPerMinute))
			.orElse(baseline);
		var out = new StringBuilder();
		out.append("## Concurrent chat probes\n\n");
		out.append(String.format(Locale.ROOT,
				"`scripts/bench-chat`, %s, %d cores, %s %s. One chat with each of the sandbox's %d organisations"
						+ " with a web chat (scripted answers after 1.5 to 4 s, bots, hand-offs, offline and missing"
						+ " widgets), in real headless Chromium; each browser a fresh profile. Memory is the"
						+ " proportional set size of a browser's process tree, sampled every 250 ms. *Late* is how"
						+ " much later than scripted the human answers were measured: the page's fetch of its"
						+ " script plus any delay of the page's timers and rendering on a busy machine, which"
						+ " would inflate a real organisation's measured time.%n%n",
				at.toString().substring(0, 10), baseline.cores(), System.getProperty("os.name"),
				System.getProperty("os.arch"), baseline.probes()));
		out.append("| Browsers | Chats | Time (s) | Chats/min | Speed-up | MiB per browser (mean) |"
				+ " MiB per browser (peak) | MiB all browsers (peak) | Late median (ms) | Late max (ms) |\n");
		out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (ChatThroughputBenchmark.Result result : results) {
			out.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f | x%.2f | %.0f | %.0f | %.0f | %d | %d |%n",
					result.browsers(), result.probes(), result.elapsed().toMillis() / 1000.0, result.probesPerMinute(),
					result.probesPerMinute() / baseline.probesPerMinute(), result.meanMiBPerBrowser(),
					result.peakMiBPerBrowser(), result.peakMiBAllBrowsers(), result.latenessMedianMillis(),
					result.latenessMaxMillis()));
		}
		int configured = new BrowserProperties(null, null, null, 0, null, null, null, null, 0, null).maxBrowsers();
		out.append(String.format(Locale.ROOT,
				"%nThe smallest pool within 10 %% of the best throughput: **%d browsers**; the fastest pool whose"
						+ " answers are measured at most 100 ms later (max) than with one browser: **%d browsers**."
						+ " Default pool size (`schaduwklant.probes.browser.max-browsers`): **%d**.%n",
				suggested.browsers(), accurate.browsers(), configured));
		return out.toString();
	}

	static void write(Path file, String name, String section) throws IOException {
		String begin = "<!-- benchmark:" + name + " -->";
		String end = "<!-- /benchmark:" + name + " -->";
		String block = begin + "\n" + section.strip() + "\n" + end;
		String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : HEADER;
		int from = text.indexOf(begin);
		int to = text.indexOf(end);
		if (from >= 0 && to > from) {
			text = text.substring(0, from) + block + text.substring(to + end.length());
		}
		else {
			text = text.stripTrailing() + "\n\n" + block + "\n";
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		System.out.println("Written to " + file.toAbsolutePath().normalize());
	}

}
