package nl.schaduwklant.scheduler.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.schaduwklant.scheduler.Channel;

/**
 * One planned contact of a campaign: this organisation, this scenario, this channel, at
 * this time.
 */
@Entity
@Table(name = "probe_slot")
class ProbeSlot {

	@Id
	private UUID id;

	@Column(name = "campaign_id")
	private UUID campaignId;

	@Column(name = "organisation_id")
	private UUID organisationId;

	@Column(name = "scenario_id")
	private UUID scenarioId;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Column(name = "due_at")
	private Instant dueAt;

	protected ProbeSlot() {
	}

	ProbeSlot(UUID campaignId, UUID organisationId, UUID scenarioId, Channel channel, Instant dueAt) {
		this.id = UUID.randomUUID();
		this.campaignId = campaignId;
		this.organisationId = organisationId;
		this.scenarioId = scenarioId;
		this.channel = channel;
		this.dueAt = dueAt;
	}

	UUID getId() {
		return this.id;
	}

	Channel getChannel() {
		return this.channel;
	}

	Instant getDueAt() {
		return this.dueAt;
	}

}
