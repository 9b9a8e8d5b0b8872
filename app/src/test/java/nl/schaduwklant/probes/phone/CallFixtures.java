package nl.schaduwklant.probes.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import nl.schaduwklant.sandbox.SimulatedCallAudio;

/**
 * Simulated calls with known ground truth, built from the sandbox's clips: direct
 * pick-up, menus, hold music with and without beats, queue beeps and announcements that
 * repeat, closed-hours messages, a call nobody answers, quiet and noisy lines, soft and
 * loud voices. The held-out calls use voices, menus and messages the detector was not
 * tuned on.
 */
public final class CallFixtures {

	private CallFixtures() {
	}

	/**
	 * A simulated call.
	 *
	 * @param name what it is
	 * @param heldOut whether the detector was tuned without it
	 * @param audio its audio and ground truth
	 */
	public record Fixture(String name, boolean heldOut, SimulatedCallAudio audio) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	public static List<Fixture> all() {
		return List.of(tuning("direct pick-up", 1, (call) -> call.ringing(2).person("greeting-anouk", 0).silence(5)),
				tuning("menu, hold music, agent", 2,
						(call) -> call.ringing(1)
							.recording("ivr-bank", 0)
							.silence(3)
							.music("music-calm", 12, 0)
							.person("greeting-peter", 0)
							.silence(5)),
				tuning("announcement repeated over beat music", 3,
						(call) -> call.ringing(1)
							.music("music-beat", 8, 0)
							.recording("queue-geduld", 0)
							.music("music-beat", 8, 0)
							.recording("queue-geduld", 0)
							.music("music-beat", 6, 0)
							.person("greeting-sanne", 0)
							.silence(5)),
				tuning("closed outside opening hours", 4,
						(call) -> call.ringing(2).recording("closed-tijden", 0).silence(0.5)),
				tuning("never answered within the wait", 5,
						(call) -> call.ringing(1)
							.music("music-calm", 20, 0)
							.recording("queue-website", 0)
							.music("music-calm", 20, 0)
							.recording("queue-website", 0)
							.music("music-calm", 10, 0)),
				tuning("queue beeps, melody, agent", 6,
						(call) -> call.ringing(1)
							.beep()
							.beep()
							.beep()
							.beep()
							.music("music-melody", 10, 0)
							.person("greeting-mark", 0)
							.silence(4)),
				tuning("noisy line, soft agent after a menu", 7,
						(call) -> call.noise(-45)
							.ringing(1)
							.recording("ivr-gemeente", 0)
							.silence(2)
							.music("music-melody", 10, 0)
							.person("greeting-lisa", -8)
							.silence(5)),
				heldOut("held out: direct pick-up, slow voice", 8,
						(call) -> call.ringing(3).person("greeting-henk", 0).silence(5)),
				heldOut("held out: menu, beat music, announcement, agent", 9,
						(call) -> call.ringing(1)
							.recording("ivr-winkel", 0)
							.silence(2)
							.music("music-beat", 15, -4)
							.recording("queue-website", -4)
							.music("music-beat", 10, -4)
							.person("greeting-fatima", 0)
							.silence(4)),
				heldOut("held out: closed, short message", 10,
						(call) -> call.ringing(2).recording("closed-morgen", 0).silence(0.3)),
				tuning("noisy line, loud agent after music and a beep", 11,
						(call) -> call.noise(-42)
							.ringing(1)
							.music("music-calm", 6, 2)
							.beep()
							.music("music-melody", 6, 0)
							.person("greeting-jeroen", 3)
							.silence(6)));
	}

	/**
	 * A short menu, then a quiet wait while the queue connects, then a person: on its own
	 * the menu sounds like a person who greeted and waits; the caller pressed the menu's
	 * keys until {@value #MENU_KEYS_PRESSED_UNTIL} s.
	 * @return the call
	 */
	public static SimulatedCallAudio menuThenQuietThenPerson() {
		return SimulatedCallAudio.builder(12)
			.recording("ivr-winkel", 0)
			.silence(5.5)
			.person("greeting-sanne", 0)
			.silence(8)
			.build();
	}

	/** When the caller of {@link #menuThenQuietThenPerson()} pressed the menu's keys. */
	public static final double MENU_KEYS_PRESSED_UNTIL = 7.1;

	/**
	 * Every hold music followed straight away (without a pause) by every greeting, after
	 * a short and a long wait: the hardest place to put the start of speech. Used to
	 * choose how far around the judged boundary its start is sought, so not held out.
	 * @return the calls
	 */
	public static List<Fixture> musicThenPerson() {
		List<Fixture> calls = new ArrayList<>();
		long seed = 100;
		for (String music : List.of("music-calm", "music-beat", "music-melody")) {
			for (String greeting : List.of("greeting-anouk", "greeting-peter", "greeting-sanne", "greeting-mark",
					"greeting-lisa", "greeting-jeroen", "greeting-fatima", "greeting-henk")) {
				for (double wait : List.of(5.3, 9.1)) {
					calls.add(tuning(music + " for " + wait + " s, then " + greeting, seed++,
							(call) -> call.ringing(1).music(music, wait, 0).person(greeting, 0).silence(4)));
				}
			}
		}
		return calls;
	}

	private static Fixture tuning(String name, long seed, UnaryOperator<SimulatedCallAudio.Builder> call) {
		return new Fixture(name, false, call.apply(SimulatedCallAudio.builder(seed)).build());
	}

	private static Fixture heldOut(String name, long seed, UnaryOperator<SimulatedCallAudio.Builder> call) {
		return new Fixture(name, true, call.apply(SimulatedCallAudio.builder(seed)).build());
	}

}
