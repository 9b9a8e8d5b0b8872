package nl.schaduwklant.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A JVM this benchmark started (the sandbox or an application node), its output in a log
 * file; stopped by SIGKILL together with the processes it started (browsers).
 */
final class NodeProcess {

	private final Process process;

	private final Path log;

	private NodeProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	static NodeProcess start(List<String> command, Path log) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		return new NodeProcess(builder.start(), log);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * Waits until the node's health endpoint answers 200.
	 * @param http the client
	 * @param base the node's base URL
	 * @param timeout how long to wait at most
	 * @return how long it took
	 */
	Duration awaitHealthy(HttpClient http, String base, Duration timeout) throws InterruptedException {
		Instant start = Instant.now();
		Instant until = start.plus(timeout);
		while (Instant.now().isBefore(until)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the node stopped while starting; see " + this.log);
			}
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return Duration.between(start, Instant.now());
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("the node was not healthy within " + timeout + "; see " + this.log);
	}

	/**
	 * SIGKILLs the process, then the processes it had started (which a real crash of the
	 * machine would take down too).
	 */
	void kill() throws InterruptedException {
		List<ProcessHandle> children = new ArrayList<>(this.process.descendants().toList());
		this.process.destroyForcibly();
		this.process.waitFor();
		children.forEach(ProcessHandle::destroyForcibly);
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Stops the process politely (SIGTERM), forcibly after ten seconds.
	 */
	void stop() throws InterruptedException {
		List<ProcessHandle> children = new ArrayList<>(this.process.descendants().toList());
		this.process.destroy();
		if (!this.process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			this.process.waitFor();
		}
		children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
	}

}
