package nl.schaduwklant.scoring.review;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.PhoneFigures;

/**
 * One figure of a measurement set to what a consultant found. Pure: the original is left
 * as it is and a corrected copy returned.
 *
 * @param field the figure
 * @param value its new value: {@code true}/{@code false}, or seconds such as {@code 12.5}
 */
public record MeasurementCorrection(String field, String value) {

	/** The figures a consultant may correct. */
	public static final List<String> FIELDS = List.of("answered", "resolved", "timeToFirstHumanReplySeconds",
			"businessTimeToFirstHumanReplySeconds", "timeToLiveAgentFromRingingSeconds",
			"timeToLiveAgentFromConnectSeconds", "properWelcome", "alternativeOffered", "callbackPromised");

	/**
	 * @param measurement the measurement
	 * @return the figure's value in it, as text
	 */
	public String current(Measurement measurement) {
		PhoneFigures phone = measurement.phone();
		Object value = switch (this.field) {
			case "answered" -> measurement.answered();
			case "resolved" -> measurement.resolved();
			case "timeToFirstHumanReplySeconds" -> seconds(measurement.timeToFirstHumanReply());
			case "businessTimeToFirstHumanReplySeconds" -> seconds(measurement.businessTimeToFirstHumanReply());
			case "timeToLiveAgentFromRingingSeconds" ->
				(phone != null) ? seconds(phone.timeToLiveAgentFromRinging()) : null;
			case "timeToLiveAgentFromConnectSeconds" ->
				(phone != null) ? seconds(phone.timeToLiveAgentFromConnect()) : null;
			case "properWelcome" -> (phone != null) ? phone.properWelcome() : null;
			case "alternativeOffered" -> (phone != null) ? phone.alternativeOffered() : null;
			case "callbackPromised" -> (phone != null) ? phone.callbackPromised() : null;
			default -> throw new InvalidReviewDecision("field", unknown());
		};
		return (value != null) ? value.toString() : null;
	}

	/**
	 * @param measurement the measurement
	 * @return a copy with the figure corrected
	 * @throws InvalidReviewDecision naming {@code field} or {@code value} when the figure
	 * is unknown, does not apply to the probe's channel, or the value cannot be read
	 */
	public Measurement apply(Measurement measurement) {
		if (this.field == null || !FIELDS.contains(this.field)) {
			throw new InvalidReviewDecision("field", unknown());
		}
		boolean phoneField = this.field.startsWith("timeToLiveAgent") || this.field.equals("properWelcome")
				|| this.field.equals("alternativeOffered") || this.field.equals("callbackPromised");
		if (phoneField && measurement.channel() != Channel.PHONE) {
			throw new InvalidReviewDecision("field", this.field + " is a figure of a call");
		}
		Measurement m = measurement;
		PhoneFigures p = m.phone();
		return switch (this.field) {
			case "answered" -> {
				boolean answered = flag();
				yield new Measurement(m.probeId(), m.campaignId(), m.organisationId(), m.organisationName(), m.sector(),
						m.channel(), m.scenarioId(), answered ? ProbeOutcome.RESPONDED : ProbeOutcome.NO_RESPONSE,
						answered, answered ? m.timeToFirstHumanReply() : null,
						answered ? m.businessTimeToFirstHumanReply() : null, m.timeToAutoAcknowledgement(),
						m.available(), m.botOnly(), m.timeToFirstBotReply(), m.language(), m.resolution(), m.resolved(),
						m.factsFound(), m.factsMissing(), m.scoredAt(), m.phone(), m.factsContradicted(), m.personal(),
						m.addressBounced());
			}
			case "resolved" -> {
				boolean resolved = flag();
				yield new Measurement(m.probeId(), m.campaignId(), m.organisationId(), m.organisationName(), m.sector(),
						m.channel(), m.scenarioId(), m.outcome(), m.answered(), m.timeToFirstHumanReply(),
						m.businessTimeToFirstHumanReply(), m.timeToAutoAcknowledgement(), m.available(), m.botOnly(),
						m.timeToFirstBotReply(), m.language(), m.resolution(), resolved, m.factsFound(),
						m.factsMissing(), m.scoredAt(), m.phone(), m.factsContradicted(), m.personal(),
						m.addressBounced());
			}
			case "timeToFirstHumanReplySeconds", "businessTimeToFirstHumanReplySeconds" -> {
				Duration took = duration();
				boolean wall = this.field.equals("timeToFirstHumanReplySeconds");
				yield new Measurement(m.probeId(), m.campaignId(), m.organisationId(), m.organisationName(), m.sector(),
						m.channel(), m.scenarioId(), ProbeOutcome.RESPONDED, true,
						wall ? took : m.timeToFirstHumanReply(), wall ? m.businessTimeToFirstHumanReply() : took,
						m.timeToAutoAcknowledgement(), m.available(), m.botOnly(), m.timeToFirstBotReply(),
						m.language(), m.resolution(), m.resolved(), m.factsFound(), m.factsMissing(), m.scoredAt(),
						m.phone(), m.factsContradicted(), m.personal(), m.addressBounced());
			}
			case "timeToLiveAgentFromRingingSeconds", "timeToLiveAgentFromConnectSeconds" -> {
				Duration took = duration();
				boolean ringing = this.field.equals("timeToLiveAgentFromRingingSeconds");
				yield m.withPhone(new PhoneFigures(p.outcome(), p.method(), p.connected(), p.postDialDelay(),
						p.ringTime(), p.timeToAnswer(), ringing ? p.timeToLiveAgentFromConnect() : took,
						ringing ? took : p.timeToLiveAgentFromRinging(), p.abandonedAtMaxWait(), p.callDuration(),
						p.liveAgentConfidence(), p.streamClockError(), p.endedAt(), p.reviewed(), p.properWelcome(),
						p.alternativeOffered(), p.callbackPromised(), p.callbackAfter()));
			}
			default -> {
				boolean said = flag();
				yield m.withPhone(new PhoneFigures(p.outcome(), p.method(), p.connected(), p.postDialDelay(),
						p.ringTime(), p.timeToAnswer(), p.timeToLiveAgentFromConnect(), p.timeToLiveAgentFromRinging(),
						p.abandonedAtMaxWait(), p.callDuration(), p.liveAgentConfidence(), p.streamClockError(),
						p.endedAt(), true,
						this.field.equals("properWelcome") ? Boolean.valueOf(said) : p.properWelcome(),
						this.field.equals("alternativeOffered") ? Boolean.valueOf(said) : p.alternativeOffered(),
						this.field.equals("callbackPromised") ? Boolean.valueOf(said) : p.callbackPromised(),
						p.callbackAfter()));
			}
		};
	}

	private boolean flag() {
		if (!"true".equals(this.value) && !"false".equals(this.value)) {
			throw new InvalidReviewDecision("value", this.field + " is true or false");
		}
		return Boolean.parseBoolean(this.value);
	}

	private Duration duration() {
		try {
			BigDecimal seconds = new BigDecimal(this.value);
			if (seconds.signum() >= 0) {
				return Duration.ofMillis(seconds.movePointRight(3).longValueExact());
			}
		}
		catch (NumberFormatException | ArithmeticException | NullPointerException ex) {
			// said below
		}
		throw new InvalidReviewDecision("value", this.field + " is a number of seconds, e.g. 12.5");
	}

	private String unknown() {
		return "one of " + String.join(", ", FIELDS);
	}

	/**
	 * @param duration a duration
	 * @return it in seconds, as a consultant writes it ({@code 12.5}), or absent
	 */
	public static String seconds(Duration duration) {
		return (duration != null)
				? BigDecimal.valueOf(duration.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString() : null;
	}

}
