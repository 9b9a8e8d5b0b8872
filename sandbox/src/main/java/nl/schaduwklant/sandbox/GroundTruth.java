package nl.schaduwklant.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The record of what the simulated organisations really did, per mystery e-mail (by its
 * token).
 */
public class GroundTruth {

	private final Map<String, ReplyTruth> byToken = new ConcurrentHashMap<>();

	public void received(ReplyTruth truth) {
		this.byToken.put(truth.token(), truth);
	}

	private void update(String token, UnaryOperator<ReplyTruth> change) {
		this.byToken.computeIfPresent(token, (key, truth) -> change.apply(truth));
	}

	public void acknowledged(String token, Instant at) {
		update(token,
				(t) -> new ReplyTruth(t.organisationKey(), t.token(), t.scenarioKey(), t.receivedAt(),
						t.willAcknowledge(), t.willAnswer(), at, t.answeredAt(), t.quality(), t.factsIncluded(),
						t.injectedErrors(), t.client(), t.threading()));
	}

	public void answered(String token, Instant at) {
		update(token,
				(t) -> new ReplyTruth(t.organisationKey(), t.token(), t.scenarioKey(), t.receivedAt(),
						t.willAcknowledge(), t.willAnswer(), t.acknowledgedAt(), at, t.quality(), t.factsIncluded(),
						t.injectedErrors(), t.client(), t.threading()));
	}

	public Optional<ReplyTruth> forToken(String token) {
		return Optional.ofNullable(this.byToken.get(token));
	}

	public List<ReplyTruth> all() {
		return new ArrayList<>(this.byToken.values());
	}

	/**
	 * @param tokens the probes to look at
	 * @return whether every one of them has been received and everything decided for it
	 * sent
	 */
	public boolean settled(List<String> tokens) {
		return tokens.stream().allMatch((token) -> forToken(token).map(ReplyTruth::settled).orElse(false));
	}

}
