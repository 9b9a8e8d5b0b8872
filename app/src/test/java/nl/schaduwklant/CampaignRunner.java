package nl.schaduwklant;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SandboxScenario;
import nl.schaduwklant.sandbox.SandboxSites;
import nl.schaduwklant.sandbox.SimulatedOrganisation;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.Campaigns;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.NewCampaign;
import nl.schaduwklant.scheduler.Organisations;
import nl.schaduwklant.scheduler.Scenarios;
import nl.schaduwklant.scoring.Measurement;
import nl.schaduwklant.scoring.Measurements;

import static org.awaitility.Awaitility.await;

/**
 * Runs campaigns against the sandbox's simulated organisations in tests: a bean of every
 * test application context ({@link SchaduwklantTest}, {@link SchaduwklantPostgresTest}).
 */
public class CampaignRunner {

	private final DemoCampaign registration;

	private final Campaigns campaigns;

	private final ProbeRuns probes;

	private final Measurements measurements;

	public CampaignRunner(Organisations organisations, Scenarios scenarios, Campaigns campaigns, ProbeRuns probes,
			SandboxSites sites, Measurements measurements) {
		// GreenMail's IMAP server throws in its own thread when a message is expunged
		// during
		// IDLE ("Need to do this properly..."); our watcher reconnects. Awaitility would
		// fail
		// whatever test is waiting at that moment: exceptions in the test mail server's
		// threads are not the code under test.
		org.awaitility.Awaitility.doNotCatchUncaughtExceptionsByDefault();
		this.registration = new DemoCampaign(organisations, scenarios, campaigns, probes, List.of(), sites,
				DemoProperties.defaults(), Clock.systemUTC());
		this.campaigns = campaigns;
		this.probes = probes;
		this.measurements = measurements;
	}

	public CampaignDetails start(String name, List<SimulatedOrganisation> targets, List<SandboxScenario> questions,
			Duration deadline) {
		return start(name, targets, questions, Set.of(Channel.EMAIL), deadline);
	}

	public CampaignDetails start(String name, List<SimulatedOrganisation> targets, List<SandboxScenario> questions,
			Set<Channel> channels, Duration deadline) {
		return start(name, targets.stream().map(this.registration::register).toList(), questions, channels, deadline);
	}

	public CampaignDetails start(String name, Collection<UUID> organisationIds, List<SandboxScenario> questions,
			Set<Channel> channels, Duration deadline) {
		return start(name, organisationIds, questions, channels, deadline, null);
	}

	public CampaignDetails start(String name, Collection<UUID> organisationIds, List<SandboxScenario> questions,
			Set<Channel> channels, Duration deadline, String consultantNumber) {
		CampaignDetails campaign = this.campaigns.define(new NewCampaign(name, List.copyOf(organisationIds),
				questions.stream().map(this.registration::register).toList(), channels, deadline, null,
				consultantNumber));
		return this.campaigns.start(campaign.id());
	}

	public UUID register(SimulatedOrganisation organisation) {
		return this.registration.register(organisation);
	}

	public CampaignDetails startWithEveryone(String name, Duration deadline) {
		return start(name, SandboxCatalogue.organisations(), SandboxCatalogue.scenarios(), deadline);
	}

	public void awaitSettled(CampaignDetails campaign, Duration atMost) {
		await().atMost(atMost)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> this.probes.progress(campaign.id()).isSettled(campaign.plannedProbes()));
	}

	/**
	 * @return the campaign's probes by organisation name (one probe per organisation)
	 */
	public Map<String, ProbeSummary> probesByOrganisation(CampaignDetails campaign) {
		return this.probes.byCampaign(campaign.id())
			.stream()
			.collect(Collectors.toMap(ProbeSummary::organisationName, Function.identity()));
	}

	/**
	 * @return the campaign's measurements by probe
	 */
	public Map<UUID, Measurement> measurementsByProbe(CampaignDetails campaign) {
		return this.measurements.forCampaign(campaign.id())
			.stream()
			.collect(Collectors.toMap(Measurement::probeId, Function.identity()));
	}

}
