package nl.schaduwklant.scoring.composite;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schaduwklant.scheduler.Campaigns;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.Measurements;
import nl.schaduwklant.scoring.norms.NormClause;
import nl.schaduwklant.scoring.norms.NormProfiles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A campaign's composite channel scores, with the weights the campaign set (or the
 * defaults). "Within the norm" is judged with the shipped profiles' clauses: calls by NEN
 * 8878's 15 seconds from ringing, e-mail and contact forms by one working day, chats by
 * two minutes.
 */
@Service
public class CampaignScores {

	private static final Map<Channel, NormClause> NORMS = norms();

	private final Campaigns campaigns;

	private final Measurements measurements;

	private final JdbcClient jdbc;

	private final Clock clock;

	CampaignScores(Campaigns campaigns, Measurements measurements, JdbcClient jdbc, Clock clock) {
		this.campaigns = campaigns;
		this.measurements = measurements;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private static Map<Channel, NormClause> norms() {
		NormProfiles shipped = NormProfiles.shipped();
		NormClause phone = shipped.get("nen-8878").orElseThrow().clauses().get(0);
		NormClause email = shipped.get("email-one-working-day").orElseThrow().clauses().get(0);
		NormClause chat = shipped.get("chat-two-minutes").orElseThrow().clauses().get(0);
		Map<Channel, NormClause> norms = new EnumMap<>(Channel.class);
		norms.put(Channel.PHONE, rename(phone, "nen-8878/" + phone.id()));
		norms.put(Channel.EMAIL, rename(email, "email-one-working-day/" + email.id()));
		norms.put(Channel.CONTACT_FORM,
				new NormClause("email-one-working-day/" + email.id() + " (contact form)", email.title(), email.type(),
						email.limit(), email.from(), Channel.CONTACT_FORM, email.time(), email.requiredShare(),
						email.minimumSample(), email.source(), email.assumption(), email.assumptionReason()));
		norms.put(Channel.CHAT, rename(chat, "chat-two-minutes/" + chat.id()));
		return norms;
	}

	private static NormClause rename(NormClause clause, String id) {
		return new NormClause(id, clause.title(), clause.type(), clause.limit(), clause.from(), clause.channel(),
				clause.time(), clause.requiredShare(), clause.minimumSample(), clause.source(), clause.assumption(),
				clause.assumptionReason());
	}

	/**
	 * @param campaignId a campaign
	 * @return the weights it set, or the defaults
	 */
	public ScoreWeights weights(UUID campaignId) {
		this.campaigns.get(campaignId);
		return this.jdbc
			.sql("select response_rate, within_norm, resolution, language_quality from campaign_score_weights"
					+ " where campaign_id = ?")
			.param(campaignId)
			.query((rs, row) -> new ScoreWeights(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
			.optional()
			.orElse(ScoreWeights.DEFAULT);
	}

	/**
	 * @param campaignId a campaign
	 * @param weights its weights (at least one above 0)
	 * @param by who sets them
	 * @return the weights
	 */
	public ScoreWeights setWeights(UUID campaignId, ScoreWeights weights, String by) {
		this.campaigns.get(campaignId);
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		int updated = this.jdbc
			.sql("update campaign_score_weights set response_rate = ?, within_norm = ?, resolution = ?,"
					+ " language_quality = ?, set_by = ?, set_at = ? where campaign_id = ?")
			.params(weights.responseRate(), weights.withinNorm(), weights.resolution(), weights.languageQuality(), by,
					now, campaignId)
			.update();
		if (updated == 0) {
			try {
				this.jdbc
					.sql("insert into campaign_score_weights (campaign_id, response_rate, within_norm, resolution,"
							+ " language_quality, set_by, set_at) values (?, ?, ?, ?, ?, ?, ?)")
					.params(campaignId, weights.responseRate(), weights.withinNorm(), weights.resolution(),
							weights.languageQuality(), by, now)
					.update();
			}
			catch (org.springframework.dao.DuplicateKeyException ex) {
				// set by someone else a moment ago: the later one wins
				return setWeights(campaignId, weights, by);
			}
		}
		return weights;
	}

	/**
	 * @param campaignId a campaign
	 * @return its composite score per organisation and channel
	 */
	public List<ChannelScore> scores(UUID campaignId) {
		return new CompositeScores(weights(campaignId), NORMS).score(this.measurements.forCampaign(campaignId),
				this.clock.instant());
	}

}
