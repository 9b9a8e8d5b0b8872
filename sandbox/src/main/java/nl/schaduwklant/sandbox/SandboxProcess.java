package nl.schaduwklant.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * {@code sandbox [--mail-smtp-port=N] [--mail-imap-port=N] [--web-port=N] [--data-dir=DIR]
 * [--seed=N] [--mystery-password=…]}: runs the sandbox alone, without a database or
 * probes — its mail server and the simulated organisations' websites on 127.0.0.1 —
 * appends every contact the organisations receive to JSON lines in the data directory
 * ({@link Contacts}), writes the connection an application node needs to
 * {@code sandbox.json} there ({@link SandboxConnection}), prints it, and runs until
 * stopped.
 */
public final class SandboxProcess {

	/** The command's name. */
	public static final String NAME = "sandbox";

	private static final Logger log = LoggerFactory.getLogger(SandboxProcess.class);

	private static final Map<String, String> OPTIONS = Map.of("--mail-smtp-port=", "smtp-port", "--mail-imap-port=",
			"imap-port", "--web-port=", "web-port", "--data-dir=", "data-dir", "--seed=", "seed", "--mystery-password=",
			"mystery-password", "--mystery-address=", "mystery-address");

	private SandboxProcess() {
	}

	/**
	 * Starts the sandbox and returns once it is ready and its connection file is written.
	 * @param args the command's options (after its name); other arguments are passed to
	 * Spring Boot
	 * @return the running sandbox
	 */
	public static Running start(String[] args) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(StandaloneSandbox.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.run(springArguments(args));
		SandboxConnection connection = context.getBean(SandboxConnection.class);
		connection.write(Path.of(connection.dataDir()).resolve(SandboxConnection.FILE_NAME));
		return new Running(connection, context);
	}

	/**
	 * Runs the sandbox until the process is stopped (SIGTERM or SIGINT).
	 * @param args the command's options (after its name)
	 */
	public static void run(String[] args) {
		SandboxConnection connection = start(args).connection();
		System.out.println(connection.toJson());
		System.out.flush();
		log.info("Sandbox ready: {}; connection file {}", connection,
				Path.of(connection.dataDir()).resolve(SandboxConnection.FILE_NAME));
		try {
			Thread.currentThread().join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static String[] springArguments(String[] args) {
		List<String> spring = new ArrayList<>();
		spring.add("--schaduwklant.sandbox.enabled=true");
		spring.add("--schaduwklant.sandbox.mode=embedded");
		boolean dataDir = false;
		for (String arg : args) {
			String property = OPTIONS.entrySet()
				.stream()
				.filter((option) -> arg.startsWith(option.getKey()))
				.map((option) -> "--schaduwklant.sandbox." + option.getValue() + "="
						+ arg.substring(option.getKey().length()))
				.findFirst()
				.orElse(arg);
			dataDir |= property.startsWith("--schaduwklant.sandbox.data-dir=");
			spring.add(property);
		}
		if (!dataDir) {
			spring.add("--schaduwklant.sandbox.data-dir=" + Path.of("data", "sandbox").toAbsolutePath());
		}
		return spring.toArray(String[]::new);
	}

	/**
	 * A sandbox started by {@link #start}.
	 *
	 * @param connection its connection
	 * @param context its beans
	 */
	public record Running(SandboxConnection connection,
			ConfigurableApplicationContext context) implements AutoCloseable {

		/**
		 * Stops the sandbox.
		 */
		@Override
		public void close() {
			this.context.close();
		}

	}

	/**
	 * The sandbox's beans and a clock, and nothing else: no auto-configuration, so no
	 * database, no web application and no probes.
	 */
	@Import(SandboxConfiguration.class)
	static class StandaloneSandbox {

		@Bean
		Clock clock() {
			return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
		}

	}

}
