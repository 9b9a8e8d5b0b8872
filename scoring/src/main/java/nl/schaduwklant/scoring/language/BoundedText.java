package nl.schaduwklant.scoring.language;

import java.util.ArrayList;
import java.util.List;

import nl.schaduwklant.scoring.LanguageFindings.Coverage;
import nl.schaduwklant.scoring.LanguageFindings.SkipReason;
import nl.schaduwklant.scoring.LanguageFindings.SkippedSpan;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;

/**
 * The part of a text LanguageTool is given, as an {@link AnnotatedText} so that the
 * positions of its matches are positions in the original text. Made in one pass over the
 * text:
 * <ul>
 * <li>a token (a run of non-space characters) longer than {@code maxTokenLength} is
 * skipped, with the space before it; adjacent skipped tokens make one span;</li>
 * <li>a stretch without a sentence end longer than {@code maxSentenceLength} gets a
 * paragraph break in place of the next space (LanguageTool's time grows faster than the
 * length of a sentence); a run of spaces longer than {@code maxTokenLength} is one
 * paragraph break too;</li>
 * <li>a short line ending in a comma (a salutation such as "Beste mevrouw Jansen," or a
 * closing such as "Met vriendelijke groet,") ends its paragraph, so that the next line
 * opens a sentence, as a reader takes it;</li>
 * <li>once {@code maxCharacters} characters are taken, or {@value #MAX_SKIPPED_SPANS}
 * spans are skipped, the rest of the text is cut off.</li>
 * </ul>
 */
final class BoundedText {

	static final int MAX_SKIPPED_SPANS = 100;

	private static final String PARAGRAPH_BREAK = "\n\n";

	private static final String CLOSERS = "\"'”’»)]";

	/** The longest line taken for a salutation or a closing when it ends in a comma. */
	static final int MAX_SALUTATION_LENGTH = 60;

	private int lineStart;

	private final String text;

	private final Limits limits;

	private final AnnotatedTextBuilder builder = new AnnotatedTextBuilder();

	private final List<SkippedSpan> skipped = new ArrayList<>();

	private int checked;

	private int sinceSentenceEnd;

	private boolean lastSkipped;

	private int skippedFrom;

	private int skippedTo;

	private BoundedText(String text, Limits limits) {
		this.text = text;
		this.limits = limits;
	}

	static Bounded of(String text, Limits limits) {
		return new BoundedText(text, limits).scan();
	}

	private Bounded scan() {
		int length = this.text.length();
		int position = 0;
		while (position < length) {
			int tokenStart = end(position, true);
			int tokenEnd = end(tokenStart, false);
			if (!take(position, tokenStart, tokenEnd)) {
				this.skipped.add(new SkippedSpan(position, length - position, SkipReason.BEYOND_LIMIT));
				break;
			}
			position = tokenEnd;
		}
		flushSkipped();
		AnnotatedText annotated = this.builder.build();
		return new Bounded(annotated, annotated.getPlainText(),
				new Coverage(length, this.checked, List.copyOf(this.skipped)));
	}

	/**
	 * Takes the space from {@code position} and the token after it.
	 * @return {@code false} if the limits are reached and the text is cut off here
	 */
	private boolean take(int position, int tokenStart, int tokenEnd) {
		int space = tokenStart - position;
		int token = tokenEnd - tokenStart;
		if (token > this.limits.maxTokenLength()) {
			return skip(position, tokenStart, tokenEnd);
		}
		boolean spaceAsBreak = space > this.limits.maxTokenLength();
		int cost = (spaceAsBreak ? 0 : space) + token;
		if (this.checked + cost > this.limits.maxCharacters()) {
			return false;
		}
		flushSkipped();
		String spaces = this.text.substring(position, tokenStart);
		if (spaceAsBreak || spaces.indexOf('\n') != spaces.lastIndexOf('\n')) {
			this.sinceSentenceEnd = 0;
		}
		boolean salutation = endsSalutation(position, spaces);
		if (spaces.indexOf('\n') >= 0) {
			this.lineStart = position + spaces.lastIndexOf('\n') + 1;
		}
		boolean forcedBreak = space > 0 && this.sinceSentenceEnd > 0
				&& this.sinceSentenceEnd + space + token > this.limits.maxSentenceLength();
		if (spaceAsBreak || forcedBreak || salutation) {
			this.builder.addMarkup(spaces, PARAGRAPH_BREAK);
			this.sinceSentenceEnd = 0;
		}
		else {
			this.builder.addText(spaces);
			this.sinceSentenceEnd += space;
		}
		String word = this.text.substring(tokenStart, tokenEnd);
		this.builder.addText(word);
		this.checked += cost;
		this.sinceSentenceEnd = endsSentence(word) ? 0 : this.sinceSentenceEnd + token;
		return true;
	}

	/**
	 * @return whether the spaces from {@code position} end a short line that ends in a
	 * comma
	 */
	private boolean endsSalutation(int position, String spaces) {
		return spaces.indexOf('\n') >= 0 && spaces.indexOf('\n') == spaces.lastIndexOf('\n') && position > 0
				&& this.text.charAt(position - 1) == ',' && position - this.lineStart <= MAX_SALUTATION_LENGTH;
	}

	private boolean skip(int position, int tokenStart, int tokenEnd) {
		if (this.lastSkipped) {
			SkippedSpan last = this.skipped.remove(this.skipped.size() - 1);
			this.skipped.add(new SkippedSpan(last.offset(), tokenEnd - last.offset(), SkipReason.LONG_TOKEN));
		}
		else if (this.skipped.size() < MAX_SKIPPED_SPANS) {
			this.skipped.add(new SkippedSpan(tokenStart, tokenEnd - tokenStart, SkipReason.LONG_TOKEN));
			this.skippedFrom = position;
		}
		else {
			return false;
		}
		this.skippedTo = tokenEnd;
		this.lastSkipped = true;
		return true;
	}

	/**
	 * Hands the skipped tokens (with the spaces before them) to LanguageTool as markup it
	 * reads as nothing, so that what follows keeps its position.
	 */
	private void flushSkipped() {
		if (this.lastSkipped) {
			this.builder.addMarkup(this.text.substring(this.skippedFrom, this.skippedTo), "");
			this.lastSkipped = false;
		}
	}

	private int end(int from, boolean space) {
		int at = from;
		while (at < this.text.length() && isSpace(this.text.charAt(at)) == space) {
			at++;
		}
		return at;
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	private static boolean endsSentence(String word) {
		if (word.isEmpty()) {
			return false;
		}
		int at = word.length() - 1;
		while (at > 0 && CLOSERS.indexOf(word.charAt(at)) >= 0) {
			at--;
		}
		char last = word.charAt(at);
		return last == '.' || last == '!' || last == '?' || last == '…';
	}

	/**
	 * The size limits of a check.
	 *
	 * @param maxCharacters how many characters are checked at most
	 * @param maxTokenLength the longest token that is checked
	 * @param maxSentenceLength the longest stretch without a sentence end
	 */
	record Limits(int maxCharacters, int maxTokenLength, int maxSentenceLength) {

		static Limits of(LanguageProperties properties) {
			return new Limits(properties.maxCharacters(), properties.maxTokenLength(), properties.maxSentenceLength());
		}

	}

	/**
	 * A text within the limits.
	 *
	 * @param annotated what LanguageTool is given
	 * @param checkedText the plain text LanguageTool checks (words are counted on it)
	 * @param coverage which part of the original text that is
	 */
	record Bounded(AnnotatedText annotated, String checkedText, Coverage coverage) {

	}

}
