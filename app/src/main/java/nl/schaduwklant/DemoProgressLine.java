package nl.schaduwklant;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * Prints the demo campaign's progress on one line, e.g. {@code Voortgang: 52/96 afgerond
 * — e-mail 30/44, chat 18/44, formulier 4/8}. On a terminal the line is rewritten in
 * place whenever it changes; otherwise a new line is printed when the numbers change, at
 * most once per interval, and the last numbers always.
 */
class DemoProgressLine implements DemoCampaign.ProgressListener {

	private final MessageSource messages;

	private final Locale locale;

	private final PrintStream out;

	private final boolean terminal;

	private final Duration interval;

	private final Clock clock;

	private String printed;

	private Instant printedAt;

	private String pending;

	DemoProgressLine(MessageSource messages, Locale locale, PrintStream out, boolean terminal, Duration interval,
			Clock clock) {
		this.messages = messages;
		this.locale = locale;
		this.out = out;
		this.terminal = terminal;
		this.interval = interval;
		this.clock = clock;
	}

	@Override
	public void progress(DemoProgress progress) {
		String line = render(progress);
		if (line.equals(this.printed)) {
			return;
		}
		Instant now = this.clock.instant();
		if (!this.terminal && this.printedAt != null && now.isBefore(this.printedAt.plus(this.interval))) {
			this.pending = line;
			return;
		}
		print(line);
		this.printedAt = now;
	}

	/**
	 * Prints the last progress, whatever the interval, and ends the line.
	 * @param progress the campaign's last progress
	 */
	void finish(DemoProgress progress) {
		String line = render(progress);
		if (!line.equals(this.printed)) {
			print(line);
		}
		this.pending = null;
		end();
	}

	/**
	 * Ends the line without new numbers (the campaign could not be followed further):
	 * prints the numbers held back by the interval, if any.
	 */
	void end() {
		if (this.pending != null) {
			print(this.pending);
		}
		if (this.terminal && this.printed != null) {
			this.out.println();
		}
		this.printed = null;
		this.out.flush();
	}

	String render(DemoProgress progress) {
		String channels = progress.planned()
			.entrySet()
			.stream()
			.map((planned) -> text("demo.progress.channel",
					text("channel." + planned.getKey().name()).toLowerCase(this.locale),
					Integer.toString(progress.settled(planned.getKey())), Integer.toString(planned.getValue())))
			.collect(Collectors.joining(", "));
		return text("demo.progress", Integer.toString(progress.settledProbes()),
				Integer.toString(progress.plannedProbes()), channels);
	}

	private void print(String line) {
		if (this.terminal) {
			int wiped = (this.printed != null) ? Math.max(0, this.printed.length() - line.length()) : 0;
			this.out.print("\r" + line + " ".repeat(wiped));
		}
		else {
			this.out.println(line);
		}
		this.out.flush();
		this.printed = line;
		this.pending = null;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

}
