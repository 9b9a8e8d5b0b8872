package nl.schaduwklant.sandbox;

import java.util.List;

import nl.schaduwklant.scheduler.AnswerKey;
import nl.schaduwklant.scheduler.Channel;

/**
 * A question the sandbox's organisations know how to answer, with the answer paragraphs
 * they write.
 *
 * @param key a stable key
 * @param title its title
 * @param subject the subject of the mystery e-mail
 * @param body the text of the mystery e-mail
 * @param answerKey the facts of a correct answer
 * @param correctAnswer an answer with every fact ({@code {phone}} is the organisation's
 * phone number)
 * @param partialAnswer an answer with the first fact only
 * @param wrongAnswer an answer with none of the facts
 * @param channels the channels it is asked on (empty: every channel)
 */
public record SandboxScenario(String key, String title, String subject, String body, AnswerKey answerKey,
		String correctAnswer, String partialAnswer, String wrongAnswer, java.util.Set<Channel> channels) {

	public SandboxScenario {
		channels = (channels != null) ? java.util.Set.copyOf(channels) : java.util.Set.of();
	}

	public SandboxScenario(String key, String title, String subject, String body, AnswerKey answerKey,
			String correctAnswer, String partialAnswer, String wrongAnswer) {
		this(key, title, subject, body, answerKey, correctAnswer, partialAnswer, wrongAnswer, java.util.Set.of());
	}

	public List<String> factNames() {
		return this.answerKey.facts().stream().map((fact) -> fact.name()).toList();
	}

	/**
	 * @param quality how good the answer is
	 * @param organisation who answers
	 * @return the answer paragraph of that quality, with the organisation's phone number
	 */
	public String answer(AnswerQuality quality, SimulatedOrganisation organisation) {
		String text = switch (quality) {
			case CORRECT -> this.correctAnswer;
			case PARTIAL -> this.partialAnswer;
			case WRONG -> this.wrongAnswer;
		};
		return text.replace("{phone}", organisation.phone());
	}

	/**
	 * @param quality how good an answer is
	 * @return the facts an answer of that quality contains
	 */
	public List<String> facts(AnswerQuality quality) {
		return switch (quality) {
			case CORRECT -> factNames();
			case PARTIAL -> factNames().subList(0, 1);
			case WRONG -> List.of();
		};
	}

}
