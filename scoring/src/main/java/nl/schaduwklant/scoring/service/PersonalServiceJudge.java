package nl.schaduwklant.scoring.service;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.schaduwklant.probes.MatchBasis;
import nl.schaduwklant.scoring.PersonalService;

/**
 * Judges how personal a written answer is. Pure: the caller gives the answer's text, its
 * signature (or a chat agent's shown name), how it was matched and the customer's name.
 */
public final class PersonalServiceJudge {

	/** How much of the opening is read for the salutation. */
	private static final int SALUTATION_LENGTH = 120;

	private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "ter", "ten", "het", "'t", "el",
			"al", "op", "in", "te", "da", "di", "du", "le", "la", "von", "bin", "ben");

	/**
	 * Words, or parts of words, that make a line a department, a closing or a channel.
	 */
	private static final Pattern NOT_A_PERSON = Pattern.compile("(team|service|klantcontact|afdeling|support|"
			+ "customer|care|redactie|administratie|medewerker|helpdesk|chatbot|assistent|virtuele|digitale|groet|"
			+ "groetjes|vriendelijke|hartelijke|regards|wishes|sincerely|namens|gemeente|bank|verzekering|hoogachtend|"
			+ "^mvg$|cheers|thanks|bedankt|^dank$|facebook|instagram|twitter|linkedin|youtube|whatsapp|tiktok|"
			+ "^bv$|^b\\.v\\.$|^nv$|^n\\.v\\.$|^info$|^klant$|^bot$)", Pattern.CASE_INSENSITIVE);

	/**
	 * A capitalised word ("Sanne", "El-Amrani", "O'Brien") or initials ("M.", "J.P.").
	 */
	private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}*([-'’]\\p{Lu}?\\p{Ll}+)*|(\\p{Lu}\\.)+");

	/** A closing line: it ends in a comma, or it is one of the usual closings. */
	private static final Pattern CLOSING = Pattern.compile(
			".*,\\s*$|^\\s*(met\\s+)?(vriendelijke|hartelijke|beste|warme)\\s+groet(en)?\\s*$|^\\s*(groet(en|jes)?|mvg|"
					+ "hoogachtend|kind regards|best regards|regards|cheers)\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SEGMENTS = Pattern.compile("\\s*[|,–—/]\\s*|\\s+-\\s+");

	private static final Pattern BRACKETED = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]");

	private static final Pattern LEADING_DASHES = Pattern.compile("^-+\\s*");

	private static final int MAX_NAME_WORDS = 4;

	private PersonalServiceJudge() {
	}

	/**
	 * @param text the new text of the answer
	 * @param signature its signature, or for a chat the agent's shown name
	 * @param basis how an e-mail answer was matched; {@code null} for a chat
	 * @param customerName the mystery customer's name, if known
	 * @param organisationName the organisation's name (never taken for a person)
	 * @param email whether the answer came by e-mail to our e-mail (only then is there a
	 * thread to keep: a contact form's answer starts one)
	 * @return how personal it was
	 */
	public static PersonalService judge(String text, String signature, MatchBasis basis, String customerName,
			String organisationName, boolean email) {
		Boolean greeted = (customerName == null || customerName.isBlank()) ? null
				: greetsByName((text != null) ? text : "", customerName);
		Optional<String> signer = signer((signature != null) ? signature : "", organisationName);
		Boolean sameThread = email ? Boolean.valueOf(basis == MatchBasis.THREAD_HEADERS) : null;
		return new PersonalService(greeted, signer.isPresent(), signer.orElse(null), sameThread);
	}

	/**
	 * @return whether the opening of the text names the customer by first name or surname
	 */
	static boolean greetsByName(String text, String customerName) {
		String opening = firstLine(text);
		List<String> names = nameParts(customerName);
		String lower = opening.toLowerCase(Locale.ROOT);
		return names.stream()
			.anyMatch((name) -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])")
				.matcher(lower)
				.find());
	}

	private static String firstLine(String text) {
		String stripped = text.strip();
		int newline = stripped.indexOf('\n');
		String line = (newline >= 0) ? stripped.substring(0, newline) : stripped;
		return (line.length() > SALUTATION_LENGTH) ? line.substring(0, SALUTATION_LENGTH) : line;
	}

	/**
	 * "Marieke de Vries" gives "marieke" and "vries"; "de vries" too, so that "Beste
	 * mevrouw De Vries" is found either way.
	 */
	private static List<String> nameParts(String customerName) {
		List<String> words = Arrays.stream(customerName.strip().split("\\s+"))
			.map((word) -> word.toLowerCase(Locale.ROOT))
			.toList();
		return words.stream()
			.filter((word) -> word.length() >= 2 && !PARTICLES.contains(word))
			.distinct()
			.collect(Collectors.toList());
	}

	/**
	 * @return the first line of a signature that reads as a person's name
	 */
	static Optional<String> signer(String signature, String organisationName) {
		Set<String> organisation = Arrays.stream(((organisationName != null) ? organisationName : "").split("\\s+"))
			.map((word) -> word.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		for (String line : signature.split("\n")) {
			if (line.isBlank() || CLOSING.matcher(line).matches()) {
				continue;
			}
			String bare = BRACKETED.matcher(LEADING_DASHES.matcher(line.strip()).replaceFirst("")).replaceAll("");
			String[] segments = SEGMENTS.split(bare.strip());
			String candidate = (segments.length > 0) ? segments[0].strip() : "";
			if (isPersonName(candidate, organisation)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	private static boolean isPersonName(String candidate, Set<String> organisation) {
		if (candidate.isEmpty()) {
			return false;
		}
		String[] words = candidate.split("\\s+");
		if (words.length > MAX_NAME_WORDS) {
			return false;
		}
		int named = 0;
		for (String word : words) {
			String lower = word.toLowerCase(Locale.ROOT);
			if (NOT_A_PERSON.matcher(lower).find() || organisation.contains(lower)) {
				return false;
			}
			if (PARTICLES.contains(lower)) {
				continue;
			}
			if (!NAME_WORD.matcher(word).matches()) {
				return false;
			}
			named++;
		}
		return named >= 1;
	}

}
