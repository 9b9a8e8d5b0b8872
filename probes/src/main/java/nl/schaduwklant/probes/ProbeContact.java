package nl.schaduwklant.probes;

import java.time.Duration;
import java.util.UUID;

import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.ProbeScenario;
import nl.schaduwklant.scheduler.ProbeTarget;

/**
 * One contact attempt a channel probe is asked to make.
 *
 * @param probeId the probe; every outbound contact carries it so it can be reconciled
 * @param token the short reference token of the probe, e.g. {@code SK-7Q2X9}
 * @param channel the channel
 * @param target the organisation
 * @param scenario the question
 * @param attempt the attempt number, from 1
 * @param replyDeadline how long the organisation has to answer
 * @param consultantNumber for a consultant-assisted call, the consultant rung first and
 * bridged to the organisation; absent otherwise
 */
public record ProbeContact(UUID probeId, String token, Channel channel, ProbeTarget target, ProbeScenario scenario,
		int attempt, Duration replyDeadline, String consultantNumber) {

	public ProbeContact(UUID probeId, String token, Channel channel, ProbeTarget target, ProbeScenario scenario,
			int attempt, Duration replyDeadline) {
		this(probeId, token, channel, target, scenario, attempt, replyDeadline, null);
	}

	/**
	 * @return whether a consultant is on the call
	 */
	public boolean consultantAssisted() {
		return this.consultantNumber != null;
	}

	/**
	 * @return the scenario's subject ending with the token, e.g.
	 * {@code Vraag over mijn aanvraag [SK-7Q2X9]}
	 */
	public String subjectWithToken() {
		return this.scenario.subject().strip() + " [" + this.token + "]";
	}

	/**
	 * @return the scenario's question ending with the token as the customer's own
	 * reference, so whatever the organisation keeps of it carries the probe
	 */
	public String questionWithToken() {
		return this.scenario.body().strip() + "\n\nMijn kenmerk: " + this.token + ".";
	}

}
