package nl.schaduwklant.scoring.language;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import nl.schaduwklant.scoring.LanguageCategory;
import nl.schaduwklant.scoring.LanguageFindings;
import nl.schaduwklant.scoring.LanguageIssue;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks answers with LanguageTool. A {@link JLanguageTool} is expensive to create and
 * not thread-safe, so a small pool of them is kept: created once per node, each used by
 * one thread at a time.
 */
public class LanguageChecker {

	private static final Logger log = LoggerFactory.getLogger(LanguageChecker.class);

	private static final Pattern WORDS = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");

	private static final Pattern MARKUP = Pattern.compile("</?suggestion>");

	private final Language language;

	private final String languageCode;

	private final List<String> globalAllowList;

	private final BlockingQueue<JLanguageTool> idle = new LinkedBlockingQueue<>();

	private final AtomicInteger created = new AtomicInteger();

	private final int instances;

	public LanguageChecker(LanguageProperties properties) {
		this.languageCode = properties.language();
		this.language = Languages.getLanguageForShortCode(properties.language());
		this.instances = properties.instances();
		this.globalAllowList = properties.allowList();
	}

	/**
	 * Loads LanguageTool and its dictionaries, so the first answer is not slow.
	 */
	public void warmUp() {
		long start = System.nanoTime();
		check("Dit is een korte zin om de woordenlijsten te laden.", List.of());
		log.info("LanguageTool {} ready in {} ms", this.languageCode, (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * @param text the text to judge
	 * @param allowList the organisation's allow-list
	 * @return the errors found
	 */
	public LanguageFindings check(String text, List<String> allowList) {
		if (text == null || text.isBlank()) {
			return LanguageFindings.empty(this.languageCode);
		}
		List<String> allowed = new ArrayList<>(this.globalAllowList);
		allowed.addAll(allowList);
		AllowList allow = new AllowList(allowed);
		List<LanguageIssue> issues = new ArrayList<>();
		int ignored = 0;
		for (RuleMatch match : matches(text)) {
			LanguageCategory category = IssueCategories.of(match.getRule());
			String covered = text.substring(match.getFromPos(), match.getToPos());
			if (allow.allows(covered, category)) {
				ignored++;
				continue;
			}
			issues.add(new LanguageIssue(category, match.getRule().getId(), message(match), match.getFromPos(),
					match.getToPos() - match.getFromPos(), covered,
					match.getSuggestedReplacements().stream().limit(5).toList()));
		}
		return new LanguageFindings(this.languageCode, countWords(text), issues, ignored);
	}

	static int countWords(String text) {
		return (int) WORDS.matcher(text).results().count();
	}

	private List<RuleMatch> matches(String text) {
		JLanguageTool tool = borrow();
		try {
			return tool.check(text);
		}
		catch (IOException ex) {
			throw new IllegalStateException("LanguageTool could not check the text", ex);
		}
		finally {
			this.idle.add(tool);
		}
	}

	private JLanguageTool borrow() {
		JLanguageTool tool = this.idle.poll();
		if (tool != null) {
			return tool;
		}
		if (this.created.incrementAndGet() <= this.instances) {
			return new JLanguageTool(this.language);
		}
		this.created.decrementAndGet();
		try {
			return this.idle.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for LanguageTool", ex);
		}
	}

	private static String message(RuleMatch match) {
		String message = (match.getMessage() != null && !match.getMessage().isBlank()) ? match.getMessage()
				: match.getShortMessage();
		return MARKUP.matcher((message != null) ? message : match.getRule().getDescription()).replaceAll("\"");
	}

}
