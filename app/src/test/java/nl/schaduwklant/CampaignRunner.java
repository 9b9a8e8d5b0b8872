package nl.schaduwklant;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SandboxScenario;
import nl.schaduwklant.sandbox.SimulatedOrganisation;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.Campaigns;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.Endpoints;
import nl.schaduwklant.scheduler.NewCampaign;
import nl.schaduwklant.scheduler.NewOrganisation;
import nl.schaduwklant.scheduler.NewScenario;
import nl.schaduwklant.scheduler.OpeningHours;
import nl.schaduwklant.scheduler.OrganisationDetails;
import nl.schaduwklant.scheduler.Organisations;
import nl.schaduwklant.scheduler.ScenarioDetails;
import nl.schaduwklant.scheduler.Scenarios;

import static org.awaitility.Awaitility.await;

/**
 * Runs campaigns against the sandbox's simulated organisations in tests.
 */
class CampaignRunner {

	private final Organisations organisations;

	private final Scenarios scenarios;

	private final Campaigns campaigns;

	private final ProbeRuns probes;

	CampaignRunner(Organisations organisations, Scenarios scenarios, Campaigns campaigns, ProbeRuns probes) {
		this.organisations = organisations;
		this.scenarios = scenarios;
		this.campaigns = campaigns;
		this.probes = probes;
	}

	UUID organisation(SimulatedOrganisation organisation) {
		return this.organisations.findByName(organisation.name())
			.map(OrganisationDetails::id)
			.orElseGet(() -> this.organisations
				.register(new NewOrganisation(organisation.name(), organisation.sector(),
						new Endpoints(organisation.address()), OpeningHours.officeHours(), organisation.allowList()))
				.id());
	}

	UUID scenario(SandboxScenario scenario) {
		return this.scenarios.findByTitle(scenario.title())
			.map(ScenarioDetails::id)
			.orElseGet(() -> this.scenarios
				.create(new NewScenario(scenario.title(), scenario.subject(), scenario.body(), scenario.answerKey()))
				.id());
	}

	CampaignDetails start(String name, List<SimulatedOrganisation> targets, List<SandboxScenario> questions,
			Duration deadline) {
		CampaignDetails campaign = this.campaigns
			.define(new NewCampaign(name, targets.stream().map(this::organisation).toList(),
					questions.stream().map(this::scenario).toList(), Set.of(Channel.EMAIL), deadline, null));
		return this.campaigns.start(campaign.id());
	}

	CampaignDetails startWithEveryone(String name, Duration deadline) {
		return start(name, SandboxCatalogue.organisations(), SandboxCatalogue.scenarios(), deadline);
	}

	void awaitSettled(CampaignDetails campaign, Duration atMost) {
		await().atMost(atMost)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> this.probes.progress(campaign.id()).isSettled(campaign.plannedProbes()));
	}

}
