package nl.schaduwklant.scheduler;

import java.util.UUID;

/**
 * What the mystery customer asks in a probe, as it was when the probe was planned.
 *
 * @param scenarioId the scenario
 * @param title its title
 * @param subject the subject line of the question
 * @param body the text of the question
 * @param answerKey the facts a correct answer contains
 */
public record ProbeScenario(UUID scenarioId, String title, String subject, String body, AnswerKey answerKey) {
}
