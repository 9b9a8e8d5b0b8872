package nl.schaduwklant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schaduwklant.probes.CampaignProgress;
import nl.schaduwklant.probes.ChannelProbe;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SandboxScenario;
import nl.schaduwklant.sandbox.SandboxSites;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The demo campaign: registers the sandbox's organisations (with their current chat and
 * form addresses) and questions, or the subset the demo's settings ask for, starts a
 * campaign on the demo's channels against them and follows it until every probe is
 * settled or the demo's timeout has passed.
 */
class DemoCampaign {

	private static final Logger log = LoggerFactory.getLogger(DemoCampaign.class);

	private final Organisations organisations;

	private final Scenarios scenarios;

	private final Campaigns campaigns;

	private final ProbeRuns probes;

	private final List<ChannelProbe> channelProbes;

	private final SandboxSites sites;

	private final DemoProperties properties;

	private final Clock clock;

	DemoCampaign(Organisations organisations, Scenarios scenarios, Campaigns campaigns, ProbeRuns probes,
			List<ChannelProbe> channelProbes, SandboxSites sites, DemoProperties properties, Clock clock) {
		this.organisations = organisations;
		this.scenarios = scenarios;
		this.campaigns = campaigns;
		this.probes = probes;
		this.channelProbes = channelProbes;
		this.sites = sites;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Registers the organisations and questions and starts the campaign.
	 * @return the started campaign and its planned probes per channel
	 * @throws ChannelsUnavailable before anything is registered, when a channel of the
	 * demo cannot make contacts on this node (such as a browser that is not installed)
	 */
	DemoPlan start() {
		Map<Channel, MessageSourceResolvable> unavailable = new EnumMap<>(Channel.class);
		for (Channel channel : this.properties.channels()) {
			Optional<ChannelProbe> probe = this.channelProbes.stream()
				.filter((candidate) -> candidate.channel() == channel)
				.findFirst();
			if (probe.isEmpty()) {
				unavailable.put(channel, new DefaultMessageSourceResolvable(new String[] { "demo.channel.noProbe" },
						"this node has no probe for this channel"));
			}
			else {
				probe.get().unavailable().ifPresent((why) -> unavailable.put(channel, why));
			}
		}
		if (!unavailable.isEmpty()) {
			throw new ChannelsUnavailable(unavailable);
		}
		List<SandboxScenario> questions = questions();
		List<OrganisationDetails> targets = targets().stream().map(this::registered).toList();
		String name = "Demo " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.format(this.clock.instant().atZone(ZoneId.of("Europe/Amsterdam")));
		CampaignDetails campaign = this.campaigns.define(new NewCampaign(name,
				targets.stream().map(OrganisationDetails::id).toList(), questions.stream().map(this::register).toList(),
				this.properties.channels(), this.properties.replyDeadline(), null));
		CampaignDetails started = this.campaigns.start(campaign.id());
		Map<Channel, Integer> planned = new EnumMap<>(Channel.class);
		for (Channel channel : started.channels()) {
			int reachable = (int) targets.stream().filter((target) -> target.endpoints().supports(channel)).count();
			int asked = (int) questions.stream()
				.filter((question) -> question.channels().isEmpty() || question.channels().contains(channel))
				.count();
			planned.put(channel, reachable * asked);
		}
		log.info("Demo campaign {} started: {} probes {}", started.id(), started.plannedProbes(), planned);
		return new DemoPlan(started, planned);
	}

	/**
	 * Follows the campaign until every probe is settled.
	 * @param plan the started campaign
	 * @param listener told of the progress whenever it changes
	 * @return the campaign's final progress
	 * @throws DemoTimedOut when the probes are not settled within the demo's timeout
	 */
	DemoProgress awaitSettled(DemoPlan plan, ProgressListener listener) throws DemoTimedOut {
		Instant deadline = this.clock.instant().plus(this.properties.timeout());
		CampaignProgress last = null;
		while (true) {
			CampaignProgress now = this.probes.progress(plan.campaign().id());
			if (now.isSettled(plan.campaign().plannedProbes())) {
				return progress(plan);
			}
			if (!this.clock.instant().isBefore(deadline)) {
				throw new DemoTimedOut(this.properties.timeout(), progress(plan));
			}
			if (!now.equals(last)) {
				listener.progress(progress(plan));
				last = now;
			}
			pause(this.properties.pollInterval());
		}
	}

	/**
	 * @param id a campaign
	 * @return the campaign as it is now
	 */
	CampaignDetails campaign(UUID id) {
		return this.campaigns.get(id);
	}

	/**
	 * @param plan the started campaign
	 * @return how many of its probes are settled, per channel
	 */
	DemoProgress progress(DemoPlan plan) {
		return DemoProgress.of(plan.planned(), this.probes.byCampaign(plan.campaign().id()));
	}

	/**
	 * @return the organisations the campaign probes: all of the sandbox's, or per sector
	 * the first of those reachable on the most of the demo's channels
	 */
	List<SimulatedOrganisation> targets() {
		int perSector = this.properties.organisationsPerSector();
		List<SimulatedOrganisation> all = SandboxCatalogue.organisations();
		if (perSector <= 0) {
			return all;
		}
		Comparator<SimulatedOrganisation> mostChannelsFirst = Comparator.comparingInt(this::reachableChannels)
			.reversed();
		return all.stream()
			.collect(Collectors.groupingBy(SimulatedOrganisation::sector, LinkedHashMap::new, Collectors.toList()))
			.values()
			.stream()
			.flatMap((sector) -> sector.stream().sorted(mostChannelsFirst).limit(perSector))
			.toList();
	}

	/**
	 * @return the questions the campaign asks: all of the sandbox's, or those the demo's
	 * settings name
	 * @throws IllegalArgumentException when a named question is not the sandbox's
	 */
	List<SandboxScenario> questions() {
		List<SandboxScenario> all = SandboxCatalogue.scenarios();
		if (this.properties.scenarios().isEmpty()) {
			return all;
		}
		Map<String, SandboxScenario> byKey = all.stream()
			.collect(Collectors.toMap(SandboxScenario::key, (scenario) -> scenario));
		return this.properties.scenarios().stream().map((key) -> {
			SandboxScenario scenario = byKey.get(key);
			if (scenario == null) {
				throw new IllegalArgumentException(
						"the sandbox has no question '" + key + "' (it has " + String.join(", ", byKey.keySet()) + ")");
			}
			return scenario;
		}).toList();
	}

	/**
	 * @param organisation a simulated organisation
	 * @return the id of the registered organisation of that name (registered, or brought
	 * up to date with the sandbox's current addresses)
	 */
	UUID register(SimulatedOrganisation organisation) {
		return registered(organisation).id();
	}

	/**
	 * @param scenario a sandbox scenario
	 * @return the id of the stored scenario with that title, storing it if need be
	 */
	UUID register(SandboxScenario scenario) {
		return this.scenarios.findByTitle(scenario.title())
			.map(ScenarioDetails::id)
			.orElseGet(() -> this.scenarios
				.create(new NewScenario(scenario.title(), scenario.subject(), scenario.body(), scenario.answerKey(),
						scenario.channels()))
				.id());
	}

	private OrganisationDetails registered(SimulatedOrganisation organisation) {
		var details = new NewOrganisation(organisation.name(), organisation.sector(),
				this.sites.endpointsOf(organisation), OpeningHours.officeHours(), organisation.allowList());
		return this.organisations.findByName(organisation.name())
			.map((known) -> this.organisations.update(known.id(), details))
			.orElseGet(() -> this.organisations.register(details));
	}

	private int reachableChannels(SimulatedOrganisation organisation) {
		Endpoints endpoints = this.sites.endpointsOf(organisation);
		return (int) this.properties.channels().stream().filter(endpoints::supports).count();
	}

	private static void pause(Duration interval) {
		try {
			Thread.sleep(interval.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while following the demo campaign", ex);
		}
	}

	/**
	 * A started demo campaign.
	 *
	 * @param campaign the campaign
	 * @param planned its planned probes per channel
	 */
	record DemoPlan(CampaignDetails campaign, Map<Channel, Integer> planned) {
	}

	/**
	 * Told of a campaign's progress.
	 */
	@FunctionalInterface
	interface ProgressListener {

		void progress(DemoProgress progress);

	}

}
