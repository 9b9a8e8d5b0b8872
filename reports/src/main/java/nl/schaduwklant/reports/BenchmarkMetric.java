package nl.schaduwklant.reports;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import nl.schaduwklant.scheduler.Channel;

/**
 * The metrics a sector benchmark compares, each with its direction, its unit and the
 * channels it applies to.
 */
public enum BenchmarkMetric {

	/** Share of an organisation's probes answered by a human within the deadline. */
	RESPONSE_RATE(true, Unit.SHARE),

	/** Wall-clock time from contact to the first human answer. */
	TIME_TO_FIRST_HUMAN_REPLY(false, Unit.SECONDS),

	/** Time from contact to the first human answer within opening hours. */
	BUSINESS_TIME_TO_FIRST_HUMAN_REPLY(false, Unit.SECONDS),

	/** Wall-clock time from contact to the first automatic acknowledgement. */
	TIME_TO_AUTO_ACKNOWLEDGEMENT(false, Unit.SECONDS, Channel::answeredByEmail),

	/** Language errors per 100 words of the answer. */
	LANGUAGE_ERRORS_PER_100_WORDS(false, Unit.PER_100_WORDS, (channel) -> channel != Channel.PHONE),

	/** Share of the answer key's facts found in the answer. */
	RESOLUTION(true, Unit.SHARE, (channel) -> channel != Channel.PHONE),

	/**
	 * Share of an organisation's chats that could be started (widget there and online).
	 */
	AVAILABILITY(true, Unit.SHARE, (channel) -> channel == Channel.CHAT),

	/** Share of an organisation's available chats answered by a bot only. */
	BOT_ONLY_SHARE(false, Unit.SHARE, (channel) -> channel == Channel.CHAT),

	/** Share of an organisation's calls that connected (NEN 8878: at least 99 %). */
	TECHNICAL_REACHABILITY(true, Unit.SHARE, (channel) -> channel == Channel.PHONE),

	/**
	 * Share of an organisation's calls a person answered within 15 s of ringing (NEN
	 * 8878: at least 85 %).
	 */
	LIVE_AGENT_WITHIN_15_SECONDS(true, Unit.SHARE, (channel) -> channel == Channel.PHONE),

	/** Time from ringing until a call connected (usually to a menu, not a person). */
	TIME_TO_ANSWER(false, Unit.SECONDS, (channel) -> channel == Channel.PHONE),

	/** Time from the connect until a person spoke. */
	TIME_TO_LIVE_AGENT_FROM_CONNECT(false, Unit.SECONDS, (channel) -> channel == Channel.PHONE),

	/** Share of an organisation's written answers that greet the customer by name. */
	GREETED_BY_NAME(true, Unit.SHARE, (channel) -> channel != Channel.PHONE),

	/** Share of an organisation's written answers signed by a person. */
	SIGNED_BY_PERSON(true, Unit.SHARE, (channel) -> channel != Channel.PHONE),

	/** Share of an organisation's e-mail answers in the same thread as our message. */
	SAME_THREAD(true, Unit.SHARE, (channel) -> channel == Channel.EMAIL),

	/** Share of an organisation's written answers in another language than expected. */
	ANSWERED_IN_OTHER_LANGUAGE(false, Unit.SHARE, (channel) -> channel != Channel.PHONE),

	/** Share of an organisation's e-mail probes its address bounced. */
	ADDRESS_BOUNCED(false, Unit.SHARE, (channel) -> channel == Channel.EMAIL);

	private final boolean higherIsBetter;

	private final Unit unit;

	private final Predicate<Channel> channels;

	BenchmarkMetric(boolean higherIsBetter, Unit unit) {
		this(higherIsBetter, unit, (channel) -> true);
	}

	BenchmarkMetric(boolean higherIsBetter, Unit unit, Predicate<Channel> channels) {
		this.higherIsBetter = higherIsBetter;
		this.unit = unit;
		this.channels = channels;
	}

	/**
	 * @param channel a channel
	 * @return the metrics that apply to it
	 */
	public static List<BenchmarkMetric> of(Channel channel) {
		return Arrays.stream(values()).filter((metric) -> metric.appliesTo(channel)).toList();
	}

	public boolean appliesTo(Channel channel) {
		return this.channels.test(channel);
	}

	public boolean higherIsBetter() {
		return this.higherIsBetter;
	}

	public Unit unit() {
		return this.unit;
	}

	/**
	 * The unit a metric is expressed in.
	 */
	public enum Unit {

		/** A share from 0 to 1. */
		SHARE,

		/** Seconds. */
		SECONDS,

		/** A count per 100 words. */
		PER_100_WORDS

	}

}
