package nl.schaduwklant;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schaduwklant.probes.ProbeOutcome;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.probes.ProbeSummary;
import nl.schaduwklant.probes.TimelineEventType;
import nl.schaduwklant.probes.browser.Browser;
import nl.schaduwklant.probes.browser.BrowserPool;
import nl.schaduwklant.sandbox.ChatGroundTruth;
import nl.schaduwklant.sandbox.Placement;
import nl.schaduwklant.sandbox.SandboxCatalogue;
import nl.schaduwklant.sandbox.SandboxSites;
import nl.schaduwklant.sandbox.web.SandboxWebServer;
import nl.schaduwklant.scheduler.CampaignDetails;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.ChatEndpoint;
import nl.schaduwklant.scheduler.Endpoints;
import nl.schaduwklant.scheduler.NewOrganisation;
import nl.schaduwklant.scheduler.Organisations;
import nl.schaduwklant.scheduler.PreChat;
import nl.schaduwklant.scheduler.WidgetKind;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Chats that fail on our side: a page that never loads, a page that stops responding once
 * asked, and a browser that crashes mid-chat. Each is our failure, never the
 * organisation's; a chat that failed after the question was asked is not asked again.
 */
@SchaduwklantTest
class ChatProbeFailureTests {

	@Autowired
	private Organisations organisations;

	@Autowired
	private ProbeRuns probes;

	@Autowired
	private SandboxSites sites;

	@Autowired
	private BrowserPool browsers;

	@Autowired
	private ChatGroundTruth truth;

	@Autowired
	private CampaignRunner runner;

	@Test
	void shouldTryAPageThatNeverLoadsAgainAndThenGiveUpAsOurFailure() {
		ProbeSummary probe = chatWith("Laadt nooit", this.sites.neverLoadingPage(), Duration.ofSeconds(90));

		assertThat(probe.state()).isEqualTo(ProbeState.FAILED);
		assertThat(probe.outcome()).isEqualTo(ProbeOutcome.FAILED);
		assertThat(probe.attempts()).as("tried as often as allowed").isEqualTo(3);
		assertThat(probe.problem()).contains("did not load within");
		assertThat(probe.timeline()).extracting((event) -> event.type())
			.containsSubsequence(TimelineEventType.SEND_FAILED, TimelineEventType.RETRY_SCHEDULED,
					TimelineEventType.SEND_FAILED, TimelineEventType.RETRY_SCHEDULED, TimelineEventType.SEND_FAILED);
	}

	@Test
	void shouldGiveUpOnAPageThatStopsRespondingWithoutAskingAgain() {
		ProbeSummary probe = chatWith("Hangt", this.sites.hangingChatPage(), Duration.ofSeconds(60));

		assertThat(probe.state()).isEqualTo(ProbeState.FAILED);
		assertThat(probe.attempts()).as("never asked twice").isEqualTo(1);
		assertThat(probe.problem()).contains("stopped responding");
		assertThat(this.truth.forToken(probe.token())).as("the page received the question")
			.hasValueSatisfying((truth) -> assertThat(truth.askedAt()).isNotNull());
		assertThat(probe.timeline()).extracting((event) -> event.type())
			.doesNotContain(TimelineEventType.RETRY_SCHEDULED);
		assertThat(this.browsers.active()).as("the hung browser was given back").isEmpty();
	}

	@Test
	void shouldReportABrowserThatCrashesMidChatAsOurFailureWithoutAskingAgain() {
		CampaignDetails campaign = start("Crasht", this.sites.slowChatPage());
		UUID probeId = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.probes.byCampaign(campaign.id()), (found) -> !found.isEmpty())
			.get(0)
			.id();
		String token = this.probes.get(probeId).token();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.truth.forToken(token).map((truth) -> truth.askedAt() != null).orElse(false));
		List<Browser> active = this.browsers.active();
		assertThat(active).hasSize(1);
		crash(active.get(0));
		this.runner.awaitSettled(campaign, Duration.ofSeconds(30));

		ProbeSummary probe = this.probes.get(probeId);
		assertThat(probe.state()).isEqualTo(ProbeState.FAILED);
		assertThat(probe.attempts()).as("never asked twice").isEqualTo(1);
		assertThat(probe.problem()).contains("the browser crashed");
		assertThat(probe.firstHumanReplyAt()).isNull();
		assertThat(this.browsers.active()).isEmpty();
	}

	private ProbeSummary chatWith(String name, String pageUrl, Duration atMost) {
		CampaignDetails campaign = start(name, pageUrl);
		this.runner.awaitSettled(campaign, atMost);
		List<ProbeSummary> probed = this.probes.byCampaign(campaign.id());
		assertThat(probed).hasSize(1);
		return probed.get(0);
	}

	private CampaignDetails start(String name, String pageUrl) {
		var chat = new ChatEndpoint(pageUrl, WidgetKind.GENERIC, PreChat.none(),
				SandboxWebServer.generic(Placement.PAGE), List.of());
		var details = new NewOrganisation("Testorganisatie " + name + " " + UUID.randomUUID(), "Test",
				new Endpoints(null, chat, null), null, null);
		UUID organisation = this.organisations.register(details).id();
		return this.runner.start("Chat die misgaat: " + name, List.of(organisation),
				List.of(SandboxCatalogue.scenarios().get(0)), Set.of(Channel.CHAT), Duration.ofSeconds(30));
	}

	/**
	 * Kills the browser's own processes (not its driver), as a crash would.
	 */
	private static void crash(Browser browser) {
		String profile = browser.profile().toString();
		List<ProcessHandle> processes = ProcessHandle.current()
			.descendants()
			.filter((process) -> process.info()
				.commandLine()
				.map((line) -> line.contains(profile) && !line.contains("chromedriver"))
				.orElse(false))
			.toList();
		assertThat(processes).as("the browser's processes").isNotEmpty();
		processes.forEach(ProcessHandle::destroyForcibly);
	}

}
