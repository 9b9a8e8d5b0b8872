package nl.schaduwklant.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.schaduwklant.probes.phone.CallFixtures;
import nl.schaduwklant.probes.phone.CallFixtures.Fixture;
import nl.schaduwklant.probes.phone.audio.CallAnalysis;
import nl.schaduwklant.probes.phone.audio.CallAudio;
import nl.schaduwklant.probes.phone.audio.LiveAgentDetector;
import nl.schaduwklant.probes.phone.audio.LiveAgentWatch;
import nl.schaduwklant.sandbox.SimulatedCallAudio;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live-agent detector's cost and accuracy on the sandbox's simulated calls: seconds
 * of audio analysed per CPU second on one thread, audio analysed per wall-clock second
 * with one thread per core (how many calls one node follows in real time), and the error
 * of the live-agent instant against the ground truth (p50, p95, max), for the calls it
 * was tuned on and those held out. Writes them to {@code docs/benchmarks.md}. Not part of
 * the test suite: run it with {@code scripts/bench-call}.
 */
class CallDetectorBenchmark {

	private static final int ROUNDS = 5;

	@Test
	void measureTheDetector() throws Exception {
		List<Fixture> calls = new ArrayList<>(CallFixtures.all());
		calls.addAll(CallFixtures.musicThenPerson());
		List<CallAudio> audio = calls.stream()
			.map((call) -> CallAudio.fromWav(new ByteArrayInputStream(call.audio().wav())))
			.toList();
		double audioSeconds = audio.stream().mapToDouble(CallAudio::seconds).sum();
		analyseAll(audio);

		var threads = ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		for (int round = 0; round < ROUNDS; round++) {
			analyseAll(audio);
		}
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		double perCpuSecond = ROUNDS * audioSeconds / cpuSeconds;

		int cores = Runtime.getRuntime().availableProcessors();
		ExecutorService pool = Executors.newFixedThreadPool(cores);
		long wallStart = System.nanoTime();
		List<Future<?>> work = new ArrayList<>();
		for (int i = 0; i < cores * ROUNDS; i++) {
			work.add(pool.submit(() -> analyseAll(audio)));
		}
		for (Future<?> future : work) {
			future.get();
		}
		double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
		pool.shutdown();
		double realTimeCalls = cores * ROUNDS * audioSeconds / wallSeconds;

		Streamed fixtures = follow(calls.stream().map((call) -> call.audio().muLaw()).toList());
		byte[] longWait = longestWait();
		Streamed worst = follow(List.of(longWait));

		List<Double> tunedErrors = new ArrayList<>();
		List<Double> heldOutErrors = new ArrayList<>();
		int right = 0;
		var rows = new StringBuilder();
		for (int i = 0; i < calls.size(); i++) {
			Fixture call = calls.get(i);
			CallAnalysis analysis = new LiveAgentDetector().analyse(audio.get(i));
			Double truth = call.audio().liveAgentAt();
			Double found = analysis.liveAgentAt();
			boolean verdictRight = (truth == null) == (found == null);
			right += verdictRight ? 1 : 0;
			String error = "–";
			if (truth != null && found != null) {
				double ms = Math.abs(found - truth) * 1000;
				(call.heldOut() ? heldOutErrors : tunedErrors).add(ms);
				error = String.format(Locale.ROOT, "%.0f", ms);
			}
			rows.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %s | %s | %.2f | %s |%n", call.name(),
					call.heldOut() ? "held out" : "tuning", call.audio().seconds(), seconds(truth), seconds(found),
					analysis.confidence(), error));
		}
		var out = new StringBuilder();
		out.append("## Live-agent detector\n\n");
		out.append(String.format(Locale.ROOT,
				"`scripts/bench-call`, %s, %d cores. The sandbox's %d simulated calls (%.0f s of audio: ringback,"
						+ " menus, hold music with and without beats, queue beeps, repeated announcements, closed-hours"
						+ " messages, quiet and noisy lines, soft and loud voices), each analysed whole. The error is"
						+ " |found − true| of the instant the first person starts speaking, on the audio's own"
						+ " timeline.%n%n",
				Instant.now().toString().substring(0, 10), cores, calls.size(), audioSeconds));
		out.append("| Figure | Value |\n|---|---:|\n");
		out.append(
				String.format(Locale.ROOT, "| Audio analysed per CPU second (one thread) | %.0f s |%n", perCpuSecond));
		out.append(String.format(Locale.ROOT,
				"| Audio analysed per second with %d threads (calls followed in real time by one node) | %.0f |%n",
				cores, realTimeCalls));
		out.append(String.format(Locale.ROOT,
				"| Followed as a media stream (20 ms messages, checked every 250 ms until a person is sure): audio"
						+ " per CPU second | %.0f s |%n",
				fixtures.audioPerCpuSecond()));
		out.append(String.format(Locale.ROOT,
				"| The same for a %.0f-minute wait in a queue that never answers (the costliest stream: the audio"
						+ " is analysed again every second to the end) | %.0f s |%n",
				longWait.length / 8000.0 / 60, worst.audioPerCpuSecond()));
		out.append(String.format(Locale.ROOT,
				"| Streams one node of %d cores follows in real time, all of them such waits (CPU for the detector"
						+ " alone) | %.0f |%n",
				cores, cores * worst.audioPerCpuSecond()));
		out.append(
				String.format(Locale.ROOT, "| Verdicts right (a person / nobody) | %d of %d |%n", right, calls.size()));
		out.append(String.format(Locale.ROOT, "| Error, calls tuned on: p50 / p95 / max | %s |%n",
				percentiles(tunedErrors)));
		out.append(String.format(Locale.ROOT, "| Error, held-out calls: p50 / p95 / max | %s |%n%n",
				percentiles(heldOutErrors)));
		out.append("| Call | Set | Seconds | Person at (true) | Person at (found) | Confidence | Error (ms) |\n");
		out.append("|---|---|---:|---:|---:|---:|---:|\n");
		out.append(rows);
		out.append("\nWhile a call is followed, each frame is measured once as it arrives and the detector runs again"
				+ " on all frames so far at most once per second of new audio, until a person is sure (then it stops:"
				+ " the measurement is one analysis of the whole audio when the call is over). A call in which nobody"
				+ " answers is therefore the costliest to follow, and a node's phone capacity"
				+ " (`schaduwklant.probes.phone.twilio.concurrent-calls`, default twice the contacts) stays far"
				+ " below the figure above.\n");
		System.out.println(out);
		BenchmarkReport.write(Path.of(System.getProperty("bench.output", "../docs/benchmarks.md")), "call-detector",
				out.toString());
		assertThat(right).isEqualTo(calls.size());
	}

	/**
	 * @param seconds audio per CPU second when followed as a stream
	 */
	private record Streamed(double audioPerCpuSecond) {
	}

	private static Streamed follow(List<byte[]> calls) {
		var threads = ManagementFactory.getThreadMXBean();
		double seconds = 0;
		long cpuStart = threads.getCurrentThreadCpuTime();
		for (byte[] muLaw : calls) {
			var watch = new LiveAgentWatch();
			for (int at = 0; at + 160 <= muLaw.length; at += 160) {
				watch.append(java.util.Arrays.copyOfRange(muLaw, at, at + 160));
				if ((at / 160) % 12 == 0 && watch.liveAgent().isPresent()) {
					// sure: the probe asks its question and stops checking
					break;
				}
			}
			seconds += muLaw.length / 8000.0;
		}
		return new Streamed(seconds / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9));
	}

	private static byte[] longestWait() {
		var call = SimulatedCallAudio.builder(66);
		for (int i = 0; i < 14; i++) {
			call.music("music-calm", 20, 0).recording("queue-website", 0);
		}
		return call.build().muLaw();
	}

	private static void analyseAll(List<CallAudio> audio) {
		var detector = new LiveAgentDetector();
		for (CallAudio call : audio) {
			detector.analyse(call);
		}
	}

	private static String seconds(Double at) {
		return (at != null) ? String.format(Locale.ROOT, "%.2f", at) : "nobody";
	}

	private static String percentiles(List<Double> errors) {
		if (errors.isEmpty()) {
			return "–";
		}
		List<Double> sorted = errors.stream().sorted().toList();
		return String.format(Locale.ROOT, "%.0f / %.0f / %.0f ms", sorted.get(sorted.size() / 2),
				sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1));
	}

}
