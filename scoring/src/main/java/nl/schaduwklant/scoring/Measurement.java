package nl.schaduwklant.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.scheduler.Channel;

/**
 * The numbers scoring derives from one probe's observation, with what they were derived
 * from.
 *
 * @param probeId the probe
 * @param campaignId its campaign
 * @param organisationId the organisation
 * @param organisationName its name
 * @param sector its sector
 * @param channel the channel
 * @param scenarioId the question
 * @param outcome how the probe ended
 * @param answered whether a human answered within the deadline
 * @param timeToFirstHumanReply wall-clock time from contact to the first human answer
 * @param businessTimeToFirstHumanReply the same within the organisation's opening hours,
 * Dutch public holidays excluded
 * @param timeToAutoAcknowledgement wall-clock time from contact to the first automatic
 * acknowledgement
 * @param available whether a chat could be started (absent for other channels)
 * @param botOnly whether only a bot answered an available chat (absent for other
 * channels)
 * @param timeToFirstBotReply time from the question to a bot's first answer (chat)
 * @param language the language errors of the answer
 * @param resolution the share of the answer key's facts found (0–1)
 * @param resolved whether the resolution reached the campaign's threshold
 * @param factsFound the names of the facts found
 * @param factsMissing the names of the facts not found
 * @param scoredAt when it was scored
 * @param phone the call's figures (absent for other channels)
 * @param factsContradicted the names of the facts the answer contradicts (it contains one
 * of their known-wrong answers)
 * @param personal how personal a written answer was (absent for calls and unanswered
 * probes)
 * @param addressBounced for an e-mail probe, whether a bounce said the organisation's
 * address does not accept mail: a finding of its own (absent for other channels)
 */
public record Measurement(UUID probeId, UUID campaignId, UUID organisationId, String organisationName, String sector,
		Channel channel, UUID scenarioId, ProbeOutcome outcome, boolean answered, Duration timeToFirstHumanReply,
		Duration businessTimeToFirstHumanReply, Duration timeToAutoAcknowledgement, Boolean available, Boolean botOnly,
		Duration timeToFirstBotReply, LanguageFindings language, Double resolution, Boolean resolved,
		List<String> factsFound, List<String> factsMissing, Instant scoredAt, PhoneFigures phone,
		List<String> factsContradicted, PersonalService personal, Boolean addressBounced) {

	public Measurement {
		factsFound = (factsFound != null) ? List.copyOf(factsFound) : List.of();
		factsMissing = (factsMissing != null) ? List.copyOf(factsMissing) : List.of();
		factsContradicted = (factsContradicted != null) ? List.copyOf(factsContradicted) : List.of();
	}

	public Measurement(UUID probeId, UUID campaignId, UUID organisationId, String organisationName, String sector,
			Channel channel, UUID scenarioId, ProbeOutcome outcome, boolean answered, Duration timeToFirstHumanReply,
			Duration businessTimeToFirstHumanReply, Duration timeToAutoAcknowledgement, Boolean available,
			Boolean botOnly, Duration timeToFirstBotReply, LanguageFindings language, Double resolution,
			Boolean resolved, List<String> factsFound, List<String> factsMissing, Instant scoredAt, PhoneFigures phone,
			List<String> factsContradicted) {
		this(probeId, campaignId, organisationId, organisationName, sector, channel, scenarioId, outcome, answered,
				timeToFirstHumanReply, businessTimeToFirstHumanReply, timeToAutoAcknowledgement, available, botOnly,
				timeToFirstBotReply, language, resolution, resolved, factsFound, factsMissing, scoredAt, phone,
				factsContradicted, null, null);
	}

	public Measurement(UUID probeId, UUID campaignId, UUID organisationId, String organisationName, String sector,
			Channel channel, UUID scenarioId, ProbeOutcome outcome, boolean answered, Duration timeToFirstHumanReply,
			Duration businessTimeToFirstHumanReply, Duration timeToAutoAcknowledgement, Boolean available,
			Boolean botOnly, Duration timeToFirstBotReply, LanguageFindings language, Double resolution,
			Boolean resolved, List<String> factsFound, List<String> factsMissing, Instant scoredAt,
			PhoneFigures phone) {
		this(probeId, campaignId, organisationId, organisationName, sector, channel, scenarioId, outcome, answered,
				timeToFirstHumanReply, businessTimeToFirstHumanReply, timeToAutoAcknowledgement, available, botOnly,
				timeToFirstBotReply, language, resolution, resolved, factsFound, factsMissing, scoredAt, phone,
				List.of());
	}

	public Measurement(UUID probeId, UUID campaignId, UUID organisationId, String organisationName, String sector,
			Channel channel, UUID scenarioId, ProbeOutcome outcome, boolean answered, Duration timeToFirstHumanReply,
			Duration businessTimeToFirstHumanReply, Duration timeToAutoAcknowledgement, Boolean available,
			Boolean botOnly, Duration timeToFirstBotReply, LanguageFindings language, Double resolution,
			Boolean resolved, List<String> factsFound, List<String> factsMissing, Instant scoredAt) {
		this(probeId, campaignId, organisationId, organisationName, sector, channel, scenarioId, outcome, answered,
				timeToFirstHumanReply, businessTimeToFirstHumanReply, timeToAutoAcknowledgement, available, botOnly,
				timeToFirstBotReply, language, resolution, resolved, factsFound, factsMissing, scoredAt, null);
	}

	/**
	 * @param figures the call's figures
	 * @return this measurement with them
	 */
	public Measurement withPhone(PhoneFigures figures) {
		return new Measurement(this.probeId, this.campaignId, this.organisationId, this.organisationName, this.sector,
				this.channel, this.scenarioId, this.outcome, this.answered, this.timeToFirstHumanReply,
				this.businessTimeToFirstHumanReply, this.timeToAutoAcknowledgement, this.available, this.botOnly,
				this.timeToFirstBotReply, this.language, this.resolution, this.resolved, this.factsFound,
				this.factsMissing, this.scoredAt, figures, this.factsContradicted, this.personal, this.addressBounced);
	}

}
