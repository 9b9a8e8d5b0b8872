package nl.schaduwklant;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import nl.schaduwklant.sandbox.SandboxProcess;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Schaduwklant: contacts organisations as a mystery customer would, measures how they
 * answer, and benchmarks them per sector.
 * <p>
 * {@code java -jar schaduwklant.jar} runs the service; {@code inspect-email FILE.eml}
 * explains what the e-mail probe concludes from one message and exits;
 * {@code inspect-call FILE.wav} explains what the phone probe hears in a call's audio and
 * exits; {@code judge --profile ID measurements.csv} recomputes a campaign's verdicts
 * from its measurements export and exits; {@code sandbox
 * [--mail-smtp-port=N --mail-imap-port=N --web-port=N --data-dir=DIR]} runs only the
 * sandbox (see {@link SandboxProcess}).
 */
@SpringBootApplication
@EnableAsync
@EnableScheduling
public class SchaduwklantApplication {

	public static void main(String[] args) {
		if (args.length > 0 && InspectEmailCommand.NAME.equals(args[0])) {
			System.exit(InspectEmailCommand.run(args));
		}
		if (args.length > 0 && InspectCallCommand.NAME.equals(args[0])) {
			System.exit(InspectCallCommand.run(args));
		}
		if (args.length > 0 && JudgeCommand.NAME.equals(args[0])) {
			System.exit(JudgeCommand.run(args));
		}
		if (args.length > 0 && SandboxProcess.NAME.equals(args[0])) {
			SandboxProcess.run(Arrays.copyOfRange(args, 1, args.length));
			return;
		}
		SpringApplication.run(SchaduwklantApplication.class, args);
	}

	/**
	 * The clock every measurement is taken with: the system clock in UTC, in whole
	 * microseconds (what PostgreSQL and H2 store), so an instant reads back exactly as it
	 * was taken.
	 * @return the clock
	 */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

}
