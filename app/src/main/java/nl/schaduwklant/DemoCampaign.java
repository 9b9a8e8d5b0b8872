package nl.schaduwklant;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import nl.schaduwklant.probes.CampaignProgress;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SandboxScenario;
import nl.schaduwklant.sandbox.SandboxSites;
import nl.schaduwklant.sandbox.SimulatedOrganisation;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.Campaigns;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.NewCampaign;
import nl.schaduwklant.scheduler.NewOrganisation;
import nl.schaduwklant.scheduler.NewScenario;
import nl.schaduwklant.scheduler.OpeningHours;
import nl.schaduwklant.scheduler.Organisations;
import nl.schaduwklant.scheduler.ScenarioDetails;
import nl.schaduwklant.scheduler.Scenarios;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo campaign: registers the sandbox's organisations (with their current chat and
 * form addresses) and questions, runs a campaign by e-mail, chat and contact form against
 * them until every probe is settled, and returns the campaign for the benchmark.
 */
class DemoCampaign {

	private static final Logger log = LoggerFactory.getLogger(DemoCampaign.class);

	private final Organisations organisations;

	private final Scenarios scenarios;

	private final Campaigns campaigns;

	private final ProbeRuns probes;

	private final SandboxSites sites;

	private final DemoProperties properties;

	private final Clock clock;

	DemoCampaign(Organisations organisations, Scenarios scenarios, Campaigns campaigns, ProbeRuns probes,
			SandboxSites sites, DemoProperties properties, Clock clock) {
		this.organisations = organisations;
		this.scenarios = scenarios;
		this.campaigns = campaigns;
		this.probes = probes;
		this.sites = sites;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Runs the campaign until every probe is settled.
	 * @param progress told of the progress now and then
	 * @return the campaign
	 * @throws TimeoutException when the probes are not settled within the demo's timeout
	 */
	CampaignDetails run(ProgressListener progress) throws TimeoutException {
		List<UUID> organisationIds = SandboxCatalogue.organisations().stream().map(this::register).toList();
		List<UUID> scenarioIds = SandboxCatalogue.scenarios().stream().map(this::register).toList();
		String name = "Demo " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.format(this.clock.instant().atZone(ZoneId.of("Europe/Amsterdam")));
		CampaignDetails campaign = this.campaigns.define(new NewCampaign(name, organisationIds, scenarioIds,
				Set.of(Channel.EMAIL, Channel.CHAT, Channel.CONTACT_FORM), this.properties.replyDeadline(), null));
		CampaignDetails started = this.campaigns.start(campaign.id());
		log.info("Demo campaign {} started: {} probes", started.id(), started.plannedProbes());
		awaitSettled(started, progress);
		return this.campaigns.get(started.id());
	}

	private void awaitSettled(CampaignDetails campaign, ProgressListener listener) throws TimeoutException {
		CompletableFuture<CampaignProgress> settled = new CompletableFuture<>();
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
		try {
			ticker.scheduleWithFixedDelay(() -> {
				try {
					CampaignProgress progress = this.probes.progress(campaign.id());
					listener.progress(progress, campaign.plannedProbes());
					if (progress.isSettled(campaign.plannedProbes())) {
						settled.complete(progress);
					}
				}
				catch (RuntimeException ex) {
					settled.completeExceptionally(ex);
				}
			}, 1, 2, TimeUnit.SECONDS);
			settled.get(this.properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the demo campaign", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("the demo campaign could not be followed", ex.getCause());
		}
		finally {
			ticker.shutdownNow();
		}
	}

	/**
	 * @param organisation a simulated organisation
	 * @return the id of the registered organisation of that name (registered, or brought
	 * up to date with the sandbox's current addresses)
	 */
	UUID register(SimulatedOrganisation organisation) {
		var details = new NewOrganisation(organisation.name(), organisation.sector(),
				this.sites.endpointsOf(organisation), OpeningHours.officeHours(), organisation.allowList());
		return this.organisations.findByName(organisation.name())
			.map((known) -> this.organisations.update(known.id(), details).id())
			.orElseGet(() -> this.organisations.register(details).id());
	}

	/**
	 * @param scenario a sandbox scenario
	 * @return the id of the stored scenario with that title, storing it if need be
	 */
	UUID register(SandboxScenario scenario) {
		return this.scenarios.findByTitle(scenario.title())
			.map(ScenarioDetails::id)
			.orElseGet(() -> this.scenarios
				.create(new NewScenario(scenario.title(), scenario.subject(), scenario.body(), scenario.answerKey()))
				.id());
	}

	/**
	 * Told of a campaign's progress.
	 */
	@FunctionalInterface
	interface ProgressListener {

		void progress(CampaignProgress progress, int planned);

	}

}
