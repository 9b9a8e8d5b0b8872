package nl.schaduwklant.scoring.language;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import nl.schaduwklant.scoring.LanguageCategory;
import nl.schaduwklant.scoring.LanguageFindings;
import nl.schaduwklant.scoring.LanguageFindings.Outcome;
import nl.schaduwklant.scoring.LanguageIssue;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;

/**
 * Checks answers with LanguageTool, bounded in size and time so that no answer keeps the
 * others from being checked: at most {@code maxCharacters} characters of an answer are
 * checked, over-long tokens are skipped (see {@link BoundedText}), a check is stopped at
 * {@code timeLimit} (see {@link TimedCheck}) and waiting for an instance gives up after
 * {@code borrowTimeout}. The LanguageTool instances are shared by all checkers of a
 * language in the JVM (see {@link ToolPool}) and should be warmed at start-up with
 * {@link #warmUp()} or {@link #startWarmUp()}.
 */
public class LanguageChecker implements AutoCloseable {

	private static final Pattern WORDS = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");

	private static final Pattern MARKUP = Pattern.compile("</?suggestion>");

	private final String languageCode;

	private final List<String> globalAllowList;

	private final int instances;

	private final Duration warmUpTimeout;

	private final BoundedText.Limits limits;

	private final ToolPool pool;

	private final TimedCheck timedCheck;

	/**
	 * Lets this checker's callers at the instances in the order they came: without it a
	 * thread that just finished a check takes the next instance before one that has been
	 * waiting, which can then wait out its borrow timeout.
	 */
	private final Semaphore turns;

	private final Duration borrowTimeout;

	private volatile boolean closed;

	private final LanguageProperties properties;

	private final Clock clock;

	private final TimedCheck.Check check;

	private final Map<String, String> otherLanguages;

	/** Checkers of the other languages answers came in, made when first needed. */
	private final Map<String, LanguageChecker> otherCheckers = new ConcurrentHashMap<>();

	/**
	 * @param properties the settings
	 * @throws IllegalArgumentException if LanguageTool does not know the language
	 */
	public LanguageChecker(LanguageProperties properties) {
		this(properties, Clock.systemUTC(), JLanguageTool::check);
	}

	LanguageChecker(LanguageProperties properties, Clock clock, TimedCheck.Check check) {
		this.properties = properties;
		this.clock = clock;
		this.check = check;
		this.otherLanguages = properties.otherLanguages();
		this.languageCode = properties.language();
		this.pool = ToolPool.of(properties.language());
		this.instances = properties.instances();
		this.pool.reserve(this.instances);
		this.globalAllowList = properties.allowList();
		this.warmUpTimeout = properties.warmUpTimeout();
		this.limits = BoundedText.Limits.of(properties);
		this.timedCheck = new TimedCheck(this.pool, check, clock, properties.timeLimit(), properties.borrowTimeout());
		this.turns = new Semaphore(this.instances, true);
		this.borrowTimeout = properties.borrowTimeout();
	}

	/**
	 * Starts creating and warming the instances in the background (on daemon threads),
	 * unless the JVM already has them; returns at once.
	 */
	public void startWarmUp() {
		this.pool.fill(this.instances);
	}

	/**
	 * Creates all instances and runs one check on each, unless the JVM already has them.
	 * @throws IllegalStateException if they are not warm within the warm-up timeout
	 */
	public void warmUp() {
		startWarmUp();
		if (!awaitWarm(this.warmUpTimeout)) {
			throw new IllegalStateException(
					"LanguageTool " + this.languageCode + " was not warm within " + this.warmUpTimeout);
		}
	}

	/**
	 * @param timeout how long to wait at most
	 * @return whether all instances are created and warm
	 * @throws IllegalStateException if an instance could not be created
	 */
	public boolean awaitWarm(Duration timeout) {
		try {
			return this.pool.awaitReady(this.instances, timeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * @return whether all instances are created and warm
	 */
	public boolean isWarm() {
		return this.pool.ready() >= this.instances;
	}

	/**
	 * Checks the text within the size and time limits. Offsets of the issues are
	 * positions in {@code text}; words are counted on the part that was checked.
	 * @param text the text to judge
	 * @param allowList the organisation's allow-list
	 * @return the errors found, with whether the text was checked completely, partly or
	 * timed out
	 * @throws LanguageCheckerBusy if no instance is free within the borrow timeout, the
	 * thread is interrupted or the checker is closed: nothing was judged, try again later
	 */
	public LanguageFindings check(String text, List<String> allowList) {
		return check(text, allowList, true);
	}

	private LanguageFindings check(String text, List<String> allowList, boolean identify) {
		if (this.closed) {
			throw new LanguageCheckerBusy("The language checker is closed");
		}
		if (text == null || text.isBlank()) {
			return LanguageFindings.empty(this.languageCode);
		}
		BoundedText.Bounded bounded = BoundedText.of(text, this.limits);
		int words = countWords(bounded.checkedText());
		Outcome outcome = bounded.coverage().skipped().isEmpty() ? Outcome.COMPLETE : Outcome.PARTIAL;
		if (words == 0) {
			return new LanguageFindings(this.languageCode, outcome, 0, List.of(), 0, bounded.coverage());
		}
		AnswerLanguages.Reading languages = identify ? AnswerLanguages.read(text, expectedLanguage(),
				this.limits.maxCharacters(), this.limits.maxTokenLength()) : AnswerLanguages.Reading.none();
		if (languages.otherLanguage().isPresent()) {
			return inOtherLanguage(text, allowList, languages.otherLanguage().get(), words, bounded.coverage());
		}
		if (!languages.otherParagraphs().isEmpty()) {
			bounded = withoutOtherLanguages(text, languages.otherParagraphs());
			words = countWords(bounded.checkedText());
			outcome = Outcome.PARTIAL;
		}
		BoundedText.Bounded checked = bounded;
		awaitWarmBeforeChecking();
		TimedCheck.Result result = inTurn(() -> this.timedCheck.run(checked.annotated()));
		if (result.timedOut()) {
			return LanguageFindings.timedOut(this.languageCode, words, bounded.coverage());
		}
		List<String> allowed = new ArrayList<>(this.globalAllowList);
		allowed.addAll(allowList);
		AllowList allow = new AllowList(allowed);
		List<LanguageIssue> issues = new ArrayList<>();
		int ignored = 0;
		ProtectedSpans protectedSpans = new ProtectedSpans(text);
		for (RuleMatch match : result.matches()) {
			LanguageCategory category = IssueCategories.of(match.getRule());
			String covered = text.substring(match.getFromPos(), match.getToPos());
			if (allow.allows(covered, category) || protectedSpans.covers(match.getFromPos(), match.getToPos())
					|| LikelyNames.isName(text, match.getFromPos(), match.getToPos(), category, match.getRule().getId(),
							match.getSuggestedReplacements())) {
				ignored++;
				continue;
			}
			issues.add(new LanguageIssue(category, match.getRule().getId(), message(match), match.getFromPos(),
					match.getToPos() - match.getFromPos(), covered,
					match.getSuggestedReplacements().stream().limit(5).toList()));
		}
		return new LanguageFindings(this.languageCode, outcome, words, issues, ignored, bounded.coverage(),
				languages.answerLanguage().orElse(null), false);
	}

	/**
	 * The text with its paragraphs in another language blanked out (so that every other
	 * position stays where it is), and those paragraphs among the skipped spans.
	 */
	private BoundedText.Bounded withoutOtherLanguages(String text, List<int[]> paragraphs) {
		char[] masked = text.toCharArray();
		List<LanguageFindings.SkippedSpan> skipped = new ArrayList<>();
		for (int[] paragraph : paragraphs) {
			for (int i = paragraph[0]; i < paragraph[1]; i++) {
				if (masked[i] != '\n') {
					masked[i] = ' ';
				}
			}
			skipped.add(new LanguageFindings.SkippedSpan(paragraph[0], paragraph[1] - paragraph[0],
					LanguageFindings.SkipReason.OTHER_LANGUAGE));
		}
		BoundedText.Bounded bounded = BoundedText.of(new String(masked), this.limits);
		skipped.addAll(bounded.coverage().skipped());
		skipped.sort(java.util.Comparator.comparingInt(LanguageFindings.SkippedSpan::offset));
		LanguageFindings.Coverage coverage = bounded.coverage();
		return new BoundedText.Bounded(bounded.annotated(), bounded.checkedText(),
				new LanguageFindings.Coverage(coverage.characters(), coverage.checkedCharacters(), skipped));
	}

	/**
	 * An answer in another language is checked in that language when LanguageTool has it
	 * here (see {@code other-languages}), else reported as not checked: never as errors
	 * in the expected language.
	 */
	private LanguageFindings inOtherLanguage(String text, List<String> allowList, String written, int words,
			LanguageFindings.Coverage coverage) {
		String variant = this.otherLanguages.get(written);
		if (variant == null) {
			return LanguageFindings.notChecked(this.languageCode, written, words, coverage);
		}
		LanguageChecker checker = this.otherCheckers.computeIfAbsent(variant, (code) -> {
			if (this.closed) {
				throw new LanguageCheckerBusy("The language checker is closed");
			}
			return new LanguageChecker(this.properties.in(code), this.clock, this.check);
		});
		LanguageFindings findings = checker.check(text, allowList, false);
		return new LanguageFindings(findings.language(), findings.outcome(), findings.words(), findings.issues(),
				findings.ignored(), findings.coverage(), written, true);
	}

	private String expectedLanguage() {
		return this.languageCode.split("-", 2)[0].toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * Stops taking checks. The shared instances stay in the JVM for later checkers; all
	 * threads they use are daemon threads.
	 */
	@Override
	public void close() {
		this.closed = true;
		this.otherCheckers.values().forEach(LanguageChecker::close);
	}

	ToolPool pool() {
		return this.pool;
	}

	static int countWords(String text) {
		return (int) WORDS.matcher(text).results().count();
	}

	private static String message(RuleMatch match) {
		String message = (match.getMessage() != null && !match.getMessage().isBlank()) ? match.getMessage()
				: match.getShortMessage();
		return MARKUP.matcher((message != null) ? message : match.getRule().getDescription()).replaceAll("\"");
	}

	/**
	 * A check that comes before any instance is warm (at start-up, on a busy machine that
	 * can take minutes, or when warming at start-up is switched off) starts the warm-up
	 * if need be and waits for the first instance up to the warm-up timeout, instead of
	 * giving up after the borrow timeout: it is not busy, it is early. After that it
	 * borrows as usual.
	 */
	private void awaitWarmBeforeChecking() {
		if (this.pool.created() == 0) {
			startWarmUp();
			try {
				this.pool.awaitReady(1, this.warmUpTimeout);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new LanguageCheckerBusy("Interrupted while waiting for LanguageTool to be warm", ex);
			}
			catch (IllegalStateException ex) {
				// the instance could not be created: borrowing says so
			}
		}
	}

	private <T> T inTurn(Supplier<T> work) {
		try {
			if (!this.turns.tryAcquire(this.borrowTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
				throw new LanguageCheckerBusy("No LanguageTool instance was free within " + this.borrowTimeout);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LanguageCheckerBusy("Interrupted while waiting for a LanguageTool instance", ex);
		}
		try {
			return work.get();
		}
		finally {
			this.turns.release();
		}
	}

}
