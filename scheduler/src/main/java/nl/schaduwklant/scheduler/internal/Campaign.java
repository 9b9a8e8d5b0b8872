package nl.schaduwklant.scheduler.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import nl.schaduwklant.scheduler.CampaignAlreadyStarted;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.CampaignStatus;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.NewCampaign;

@Entity
@Table(name = "campaign")
class Campaign {

	@Id
	private UUID id;

	private String name;

	@Enumerated(EnumType.STRING)
	private CampaignStatus status;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "campaign_organisation", joinColumns = @JoinColumn(name = "campaign_id"))
	@OrderColumn(name = "position")
	@Column(name = "organisation_id")
	private List<UUID> organisationIds = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "campaign_scenario", joinColumns = @JoinColumn(name = "campaign_id"))
	@OrderColumn(name = "position")
	@Column(name = "scenario_id")
	private List<UUID> scenarioIds = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "campaign_channel", joinColumns = @JoinColumn(name = "campaign_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "channel")
	private Set<Channel> channels = EnumSet.noneOf(Channel.class);

	@Column(name = "reply_deadline_seconds")
	private long replyDeadlineSeconds;

	@Column(name = "resolution_threshold")
	private double resolutionThreshold;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "planned_probes")
	private int plannedProbes;

	@Column(name = "consultant_number")
	private String consultantNumber;

	protected Campaign() {
	}

	Campaign(NewCampaign campaign, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.name = campaign.name().strip();
		this.status = CampaignStatus.DRAFT;
		this.organisationIds = new ArrayList<>(campaign.organisationIds().stream().distinct().toList());
		this.scenarioIds = new ArrayList<>(campaign.scenarioIds().stream().distinct().toList());
		this.channels = EnumSet.copyOf(campaign.channels());
		this.replyDeadlineSeconds = campaign.replyDeadline().toSeconds();
		this.resolutionThreshold = campaign.resolutionThreshold();
		this.createdAt = createdAt;
		this.consultantNumber = campaign.consultantNumber();
	}

	String getConsultantNumber() {
		return this.consultantNumber;
	}

	UUID getId() {
		return this.id;
	}

	List<UUID> getOrganisationIds() {
		return List.copyOf(this.organisationIds);
	}

	List<UUID> getScenarioIds() {
		return List.copyOf(this.scenarioIds);
	}

	Set<Channel> getChannels() {
		return EnumSet.copyOf(this.channels);
	}

	Duration getReplyDeadline() {
		return Duration.ofSeconds(this.replyDeadlineSeconds);
	}

	double getResolutionThreshold() {
		return this.resolutionThreshold;
	}

	void markStarted(Instant startedAt, int plannedProbes) {
		if (this.status != CampaignStatus.DRAFT) {
			throw new CampaignAlreadyStarted(this.id, this.status);
		}
		this.status = CampaignStatus.RUNNING;
		this.startedAt = startedAt;
		this.plannedProbes = plannedProbes;
	}

	CampaignDetails toDetails() {
		return new CampaignDetails(this.id, this.name, this.status, getOrganisationIds(), getScenarioIds(),
				getChannels(), getReplyDeadline(), this.resolutionThreshold, this.createdAt, this.startedAt,
				this.plannedProbes, this.consultantNumber);
	}

}
