package nl.schaduwklant.reports.projection;

import java.util.UUID;

import nl.schaduwklant.reports.BenchmarkMetric;

/**
 * One measured probe as reports see it.
 *
 * @param probeId the probe
 * @param organisationId the organisation
 * @param organisationName its name
 * @param answered whether a human answered within the deadline
 * @param timeToReplySeconds time to the first human answer
 * @param businessTimeToReplySeconds the same in business time
 * @param timeToAcknowledgementSeconds time to the first automatic acknowledgement
 * @param errorsPer100Words language errors per 100 words
 * @param resolution share of the answer key found
 * @param available whether a chat could be started (chat only)
 * @param botOnly whether only a bot answered an available chat (chat only)
 * @param connected whether a call connected (phone only)
 * @param liveAgentWithin15Seconds whether a person answered a call within 15 s of ringing
 * (phone only)
 * @param timeToAnswerSeconds from ringing until a call connected (phone only)
 * @param timeToLiveAgentFromConnectSeconds from the connect until a person spoke (phone
 * only)
 * @param greetedByName whether a written answer greeted the customer by name
 * @param signedByPerson whether a written answer was signed by a person
 * @param sameThread whether an e-mail answer kept our thread
 * @param otherLanguage whether a written answer was in another language than expected
 * @param addressBounced whether an e-mail probe's address bounced (e-mail only)
 */
public record ReportFact(UUID probeId, UUID organisationId, String organisationName, boolean answered,
		Double timeToReplySeconds, Double businessTimeToReplySeconds, Double timeToAcknowledgementSeconds,
		Double errorsPer100Words, Double resolution, Boolean available, Boolean botOnly, Boolean connected,
		Boolean liveAgentWithin15Seconds, Double timeToAnswerSeconds, Double timeToLiveAgentFromConnectSeconds,
		Boolean greetedByName, Boolean signedByPerson, Boolean sameThread, Boolean otherLanguage,
		Boolean addressBounced) {

	public ReportFact(UUID probeId, UUID organisationId, String organisationName, boolean answered,
			Double timeToReplySeconds, Double businessTimeToReplySeconds, Double timeToAcknowledgementSeconds,
			Double errorsPer100Words, Double resolution, Boolean available, Boolean botOnly, Boolean connected,
			Boolean liveAgentWithin15Seconds, Double timeToAnswerSeconds, Double timeToLiveAgentFromConnectSeconds) {
		this(probeId, organisationId, organisationName, answered, timeToReplySeconds, businessTimeToReplySeconds,
				timeToAcknowledgementSeconds, errorsPer100Words, resolution, available, botOnly, connected,
				liveAgentWithin15Seconds, timeToAnswerSeconds, timeToLiveAgentFromConnectSeconds, null, null, null,
				null, null);
	}

	public ReportFact(UUID probeId, UUID organisationId, String organisationName, boolean answered,
			Double timeToReplySeconds, Double businessTimeToReplySeconds, Double timeToAcknowledgementSeconds,
			Double errorsPer100Words, Double resolution, Boolean available, Boolean botOnly) {
		this(probeId, organisationId, organisationName, answered, timeToReplySeconds, businessTimeToReplySeconds,
				timeToAcknowledgementSeconds, errorsPer100Words, resolution, available, botOnly, null, null, null,
				null);
	}

	/**
	 * @param metric a metric measured per probe (not the response rate)
	 * @return this probe's value of it, or {@code null} when it has none
	 */
	public Double valueOf(BenchmarkMetric metric) {
		return switch (metric) {
			case TIME_TO_FIRST_HUMAN_REPLY -> this.timeToReplySeconds;
			case BUSINESS_TIME_TO_FIRST_HUMAN_REPLY -> this.businessTimeToReplySeconds;
			case TIME_TO_AUTO_ACKNOWLEDGEMENT -> this.timeToAcknowledgementSeconds;
			case LANGUAGE_ERRORS_PER_100_WORDS -> this.errorsPer100Words;
			case RESOLUTION -> this.resolution;
			case RESPONSE_RATE -> this.answered ? 1.0 : 0.0;
			case AVAILABILITY -> share(this.available);
			case BOT_ONLY_SHARE -> share(this.botOnly);
			case TECHNICAL_REACHABILITY -> share(this.connected);
			case LIVE_AGENT_WITHIN_15_SECONDS -> share(this.liveAgentWithin15Seconds);
			case TIME_TO_ANSWER -> this.timeToAnswerSeconds;
			case TIME_TO_LIVE_AGENT_FROM_CONNECT -> this.timeToLiveAgentFromConnectSeconds;
			case GREETED_BY_NAME -> share(this.greetedByName);
			case SIGNED_BY_PERSON -> share(this.signedByPerson);
			case SAME_THREAD -> share(this.sameThread);
			case ANSWERED_IN_OTHER_LANGUAGE -> share(this.otherLanguage);
			case ADDRESS_BOUNCED -> share(this.addressBounced);
		};
	}

	private static Double share(Boolean flag) {
		return (flag != null) ? (flag ? 1.0 : 0.0) : null;
	}

}
