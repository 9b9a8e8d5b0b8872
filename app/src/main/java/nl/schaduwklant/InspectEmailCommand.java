package nl.schaduwklant;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import nl.schaduwklant.scoring.EmailInspection;
import nl.schaduwklant.scoring.EmailInspector;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code inspect-email FILE.eml [--spring.profiles.active=…]}: prints, as JSON, what the
 * e-mail probe concludes from a raw message — the probe it matches, whether it is an
 * automatic reply and why, its new text and signature, its language errors — and exits,
 * without starting the web server or any background work.
 */
final class InspectEmailCommand {

	static final String NAME = "inspect-email";

	private InspectEmailCommand() {
	}

	static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length < 2 || args[1].startsWith("--")) {
			err.println("usage: java -jar schaduwklant.jar " + NAME + " FILE.eml [--spring.profiles.active=postgres]");
			return 2;
		}
		Path file = Path.of(args[1]);
		byte[] raw;
		try {
			raw = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			err.println("cannot read " + file + ": " + ex.getMessage());
			return 2;
		}
		String[] springArgs = Arrays.copyOfRange(args, 2, args.length);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SchaduwklantApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("schaduwklant.workers.enabled=false", "schaduwklant.sandbox.enabled=false",
					"schaduwklant.scoring.language.warm-up=false",
					"spring.modulith.events.republish-outstanding-events-on-restart=false",
					"logging.threshold.console=OFF")
			.run(springArgs)) {
			EmailInspection inspection = context.getBean(EmailInspector.class).inspect(raw);
			JsonMapper json = context.getBean(JsonMapper.class)
				.rebuild()
				.enable(SerializationFeature.INDENT_OUTPUT)
				.build();
			out.println(new String(json.writeValueAsBytes(inspection), StandardCharsets.UTF_8));
			return 0;
		}
		catch (RuntimeException ex) {
			err.println("inspection failed: " + ex.getMessage());
			return 1;
		}
	}

}
