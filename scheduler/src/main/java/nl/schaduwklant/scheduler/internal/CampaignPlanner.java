package nl.schaduwklant.scheduler.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.CampaignNotFound;
import nl.schaduwklant.scheduler.Campaigns;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.Endpoints;
import nl.schaduwklant.scheduler.InvalidCampaign;
import nl.schaduwklant.scheduler.NewCampaign;
import nl.schaduwklant.scheduler.OrganisationDetails;
import nl.schaduwklant.scheduler.ProbeDue;
import nl.schaduwklant.scheduler.ScenarioDetails;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.MapBindingResult;

@Service
@Transactional(readOnly = true)
class CampaignPlanner implements Campaigns {

	private final CampaignRepository campaigns;

	private final ProbeSlotRepository slots;

	private final OrganisationRepository organisations;

	private final ScenarioRepository scenarios;

	private final SupportedChannels supportedChannels;

	private final org.springframework.beans.factory.ObjectProvider<nl.schaduwklant.scheduler.ChannelReadiness> readiness;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CampaignPlanner(CampaignRepository campaigns, ProbeSlotRepository slots, OrganisationRepository organisations,
			ScenarioRepository scenarios, SupportedChannels supportedChannels,
			org.springframework.beans.factory.ObjectProvider<nl.schaduwklant.scheduler.ChannelReadiness> readiness,
			ApplicationEventPublisher events, Clock clock) {
		this.campaigns = campaigns;
		this.slots = slots;
		this.organisations = organisations;
		this.scenarios = scenarios;
		this.supportedChannels = supportedChannels;
		this.readiness = readiness;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public CampaignDetails define(NewCampaign campaign) {
		var errors = new MapBindingResult(new HashMap<>(), "campaign");
		campaign.channels()
			.stream()
			.filter((channel) -> !this.supportedChannels.contains(channel))
			.forEach((channel) -> errors.rejectValue("channels", "UnsupportedChannel", new Object[] { channel },
					"unsupported channel " + channel));
		campaign.channels()
			.stream()
			.filter(this.supportedChannels::contains)
			.sorted()
			.forEach((channel) -> this.readiness.stream()
				.flatMap((readiness) -> readiness.unavailable(channel).stream())
				.findFirst()
				.ifPresent((why) -> errors.rejectValue("channels", "ChannelUnavailable", new Object[] { channel, why },
						"channel " + channel + " cannot be measured here: " + why.getDefaultMessage())));
		if (campaign.consultantNumber() != null && !campaign.channels().contains(Channel.PHONE)) {
			errors.rejectValue("consultantNumber", "ConsultantWithoutPhone", "a consultant makes calls only");
		}
		for (int i = 0; i < campaign.organisationIds().size(); i++) {
			UUID id = campaign.organisationIds().get(i);
			String field = "organisationIds[" + i + "]";
			this.organisations.findById(id).ifPresentOrElse((organisation) -> {
				Endpoints endpoints = organisation.toDetails().endpoints();
				if (campaign.channels().stream().noneMatch(endpoints::supports)) {
					errors.rejectValue(field, "MissingEndpoint", new Object[] { id, campaign.channels() },
							"no endpoint for any of the channels");
				}
			}, () -> errors.rejectValue(field, "UnknownOrganisation", new Object[] { id }, "unknown organisation"));
		}
		for (int i = 0; i < campaign.scenarioIds().size(); i++) {
			UUID id = campaign.scenarioIds().get(i);
			if (!this.scenarios.existsById(id)) {
				errors.rejectValue("scenarioIds[" + i + "]", "UnknownScenario", new Object[] { id },
						"unknown scenario");
			}
		}
		if (errors.hasErrors()) {
			throw new InvalidCampaign(errors);
		}
		return this.campaigns.save(new Campaign(campaign, this.clock.instant())).toDetails();
	}

	@Override
	@Transactional
	public CampaignDetails start(UUID id) {
		Campaign campaign = this.campaigns.findForUpdate(id).orElseThrow(() -> new CampaignNotFound(id));
		Instant now = this.clock.instant();
		List<ProbeDue> due = plan(campaign, now);
		campaign.markStarted(now, due.size());
		due.forEach(this.events::publishEvent);
		return campaign.toDetails();
	}

	private List<ProbeDue> plan(Campaign campaign, Instant dueAt) {
		Map<UUID, OrganisationDetails> targets = new HashMap<>();
		this.organisations.findAllById(campaign.getOrganisationIds())
			.forEach((organisation) -> targets.put(organisation.getId(), organisation.toDetails()));
		List<ScenarioDetails> questions = campaign.getScenarioIds()
			.stream()
			.map((scenarioId) -> this.scenarios.findById(scenarioId).orElseThrow().toDetails())
			.toList();
		List<ProbeDue> due = new ArrayList<>();
		for (UUID organisationId : campaign.getOrganisationIds()) {
			OrganisationDetails target = targets.get(organisationId);
			for (ScenarioDetails scenario : questions) {
				for (Channel channel : channelsOf(campaign, target)) {
					if (!scenario.askedOn(channel)) {
						continue;
					}
					ProbeSlot slot = this.slots
						.save(new ProbeSlot(campaign.getId(), organisationId, scenario.id(), channel, dueAt));
					due.add(new ProbeDue(slot.getId(), campaign.getId(), channel, target.asTarget(),
							scenario.asProbeScenario(), slot.getDueAt(), campaign.getReplyDeadline(),
							campaign.getResolutionThreshold(),
							(channel == Channel.PHONE) ? campaign.getConsultantNumber() : null));
				}
			}
		}
		return due;
	}

	/**
	 * @return the campaign's channels the organisation can be reached on, in a fixed
	 * order
	 */
	private static List<Channel> channelsOf(Campaign campaign, OrganisationDetails target) {
		return campaign.getChannels().stream().filter(target.endpoints()::supports).sorted().toList();
	}

	@Override
	public CampaignDetails get(UUID id) {
		return this.campaigns.findById(id).map(Campaign::toDetails).orElseThrow(() -> new CampaignNotFound(id));
	}

	@Override
	public List<CampaignDetails> list() {
		return this.campaigns.findAllByOrderByCreatedAtDesc().stream().map(Campaign::toDetails).toList();
	}

}
