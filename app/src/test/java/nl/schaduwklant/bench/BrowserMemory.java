package nl.schaduwklant.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import nl.schaduwklant.probes.browser.Browser;
import nl.schaduwklant.probes.browser.BrowserPool;

/**
 * Samples the memory of the pool's browsers: per browser, the proportional set size (PSS,
 * from {@code /proc/<pid>/smaps_rollup}) of its main process and all its children, so
 * memory shared between processes is counted once.
 */
class BrowserMemory {

	private final BrowserPool pool;

	private final List<Double> perBrowser = new ArrayList<>();

	private double peakTotal;

	private int mostAtOnce;

	BrowserMemory(BrowserPool pool) {
		this.pool = pool;
	}

	synchronized void sample() {
		double total = 0;
		List<Browser> active = this.pool.active();
		this.mostAtOnce = Math.max(this.mostAtOnce, active.size());
		for (Browser browser : active) {
			Optional<ProcessHandle> main = mainProcess(browser);
			if (main.isPresent()) {
				double kib = Stream.concat(Stream.of(main.get()), main.get().descendants())
					.mapToLong(BrowserMemory::pssKiB)
					.sum();
				this.perBrowser.add(kib / 1024);
				total += kib / 1024;
			}
		}
		this.peakTotal = Math.max(this.peakTotal, total);
	}

	synchronized double meanPerBrowserMiB() {
		return this.perBrowser.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
	}

	synchronized double peakPerBrowserMiB() {
		return this.perBrowser.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
	}

	synchronized int mostAtOnce() {
		return this.mostAtOnce;
	}

	synchronized double peakTotalMiB() {
		return this.peakTotal;
	}

	private static Optional<ProcessHandle> mainProcess(Browser browser) {
		if (browser.profile() == null) {
			return Optional.empty();
		}
		String profile = browser.profile().toString();
		return ProcessHandle.current()
			.descendants()
			.filter((process) -> process.info()
				.commandLine()
				.map((line) -> line.contains(profile) && !line.contains("--type=") && !line.contains("chromedriver"))
				.orElse(false))
			.findFirst();
	}

	private static long pssKiB(ProcessHandle process) {
		try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(process.pid()), "smaps_rollup"))) {
			return lines.filter((line) -> line.startsWith("Pss:"))
				.mapToLong((line) -> Long.parseLong(line.replaceAll("\\D", "")))
				.findFirst()
				.orElse(0);
		}
		catch (IOException | RuntimeException ex) {
			// the process ended between listing and reading
			return 0;
		}
	}

}
