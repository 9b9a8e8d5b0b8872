package nl.schaduwklant;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import nl.schaduwklant.probes.CapturedContent;
import nl.schaduwklant.probes.Evidence;
import nl.schaduwklant.probes.EvidenceKind;
import nl.schaduwklant.probes.EvidenceRef;
import nl.schaduwklant.probes.EvidenceStore;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.ProbeRuns;
import nl.schaduwklant.probes.ProbeState;
import nl.schaduwklant.probes.TimelineEventType;
import nl.schaduwklant.probes.internal.ProbeLifecycle;
import nl.schaduwklant.probes.internal.ProbeRunRepository;
import nl.schaduwklant.probes.internal.Reply;
import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scheduler.ProbeDue;
import nl.schaduwklant.scheduler.ProbeScenario;
import nl.schaduwklant.scheduler.ProbeTarget;
import nl.schaduwklant.scheduler.AnswerFact;
import nl.schaduwklant.scheduler.AnswerKey;
import nl.schaduwklant.scheduler.Endpoints;
import nl.schaduwklant.scheduler.NewOrganisation;
import nl.schaduwklant.scheduler.NewScenario;
import nl.schaduwklant.scheduler.OpeningHours;
import nl.schaduwklant.scheduler.OpeningPeriod;
import nl.schaduwklant.scheduler.OrganisationDetails;
import nl.schaduwklant.scheduler.Organisations;
import nl.schaduwklant.scheduler.ScenarioDetails;
import nl.schaduwklant.scheduler.Scenarios;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What is stored comes back exactly as it was, on every supported database.
 */
abstract class PersistenceTests {

	@Autowired
	private Organisations organisations;

	@Autowired
	private Scenarios scenarios;

	@Autowired
	private EvidenceStore evidence;

	@Autowired
	private ProbeLifecycle lifecycle;

	@Autowired
	private ProbeRunRepository probeRuns;

	@Autowired
	private ProbeRuns probes;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entities;

	@Test
	void shouldStoreAnOrganisationWithItsOpeningHoursAndAllowList() {
		var hours = new OpeningHours(ZoneId.of("Europe/Amsterdam"),
				List.of(new OpeningPeriod(Set.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(8, 30),
						LocalTime.of(12, 15))));
		OrganisationDetails registered = this.organisations
			.register(new NewOrganisation("Café & Co " + UUID.randomUUID(), "Horeca",
					new Endpoints("info@cafe.example"), hours, List.of("Café & Co", "NL-2024-0042")));
		OrganisationDetails found = this.organisations.get(registered.id());
		assertThat(found).isEqualTo(registered);
		assertThat(found.openingHours()).isEqualTo(hours);
		assertThat(this.organisations.findByName(registered.name())).contains(registered);
	}

	@Test
	void shouldStoreAScenarioWithItsAnswerKey() {
		var key = new AnswerKey(List.of(new AnswerFact("termijn", List.of("dertig dagen", "30 dagen"), null),
				new AnswerFact("telefoon", List.of(), "\\b0\\d{2}-\\d{7}\\b")));
		ScenarioDetails created = this.scenarios.create(
				new NewScenario("Opzeggen " + UUID.randomUUID(), "Opzeggen", "Hoe zeg ik op?\n\nGroet,\nMarieke", key));
		assertThat(this.scenarios.get(created.id())).isEqualTo(created);
		assertThat(this.scenarios.get(created.id()).answerKey()).isEqualTo(key);
	}

	@Test
	void shouldStoreLargeEvidenceByteForByteWithItsHash() {
		byte[] content = new byte[21 * 1024 * 1024];
		new Random(42).nextBytes(content);
		CapturedContent capture = CapturedContent.of(content);
		UUID probe = UUID.randomUUID();
		EvidenceRef stored = this.evidence.store(null, EvidenceKind.RECEIVED_MESSAGE, "message/rfc822", capture);
		this.evidence.attach(stored.id(), probe);
		Evidence loaded = this.evidence.load(stored.id());
		assertThat(loaded.content()).isEqualTo(content);
		assertThat(loaded.ref().sha256()).isEqualTo(capture.sha256()).hasSize(64);
		assertThat(loaded.ref().size()).isEqualTo(content.length);
		assertThat(this.evidence.forProbe(probe)).extracting(EvidenceRef::id).containsExactly(stored.id());
	}

	@Test
	void shouldLetTwoTransitionsOfOneProbeFollowOneAnother() throws Exception {
		UUID id = sentEmailProbe();
		var replyRecorded = new CountDownLatch(1);
		var commitReply = new CountDownLatch(1);
		// a mailbox watcher records the automatic reply that came back before the
		// contact thread could record that the e-mail was sent
		CompletableFuture<Void> reply = CompletableFuture
			.runAsync(() -> this.transactions.executeWithoutResult((tx) -> {
				this.lifecycle.recordReply(id,
						new Reply(Instant.now(), "IMAP_INTERNALDATE", true, "auto-reply", null, null, null));
				replyRecorded.countDown();
				awaitLatch(commitReply);
			}));
		assertThat(replyRecorded.await(30, TimeUnit.SECONDS)).isTrue();
		assertThatExceptionOfType(DataAccessException.class).as("the probe's row is locked by the transition")
			.isThrownBy(() -> this.transactions.execute(
					(tx) -> this.jdbc.queryForList("select id from probe_run where id = ? for update nowait", id)));
		CompletableFuture<Void> contacted = CompletableFuture.runAsync(() -> this.lifecycle.record(id,
				new ContactResult.Contacted(Instant.now(), "PROBE_CLOCK", "handed to the SMTP server", null), false));
		commitReply.countDown();
		reply.get(30, TimeUnit.SECONDS);
		contacted.get(30, TimeUnit.SECONDS);

		var probe = this.probes.get(id);
		assertThat(probe.state()).isEqualTo(ProbeState.AWAITING_RESPONSE);
		assertThat(probe.timeline()).extracting((event) -> event.type())
			.contains(TimelineEventType.AUTO_REPLY_RECEIVED, TimelineEventType.SENT);
	}

	@Test
	void shouldContactTheProbesAnsweredLaterByEmailBeforeTheChatsDueAtTheSameMoment() {
		// whole seconds: the database keeps microseconds, and a rounded-up due instant
		// would not be due at the very instant it was planned for
		Instant due = Instant.now().plus(Duration.ofDays(400)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		List<UUID> planned = new java.util.ArrayList<>();
		for (Channel channel : List.of(Channel.CHAT, Channel.CHAT, Channel.EMAIL, Channel.CONTACT_FORM, Channel.CHAT,
				Channel.EMAIL)) {
			planned.add(plannedProbe(channel, due));
		}
		UUID earlierChat = plannedProbe(Channel.CHAT, due.minusSeconds(1));
		planned.add(earlierChat);

		List<Channel> order = this.probeRuns.findDue(due, org.springframework.data.domain.Limit.unlimited())
			.stream()
			.filter((probe) -> planned.contains(probe.id()))
			.map((probe) -> probe.channel())
			.toList();

		assertThat(order).hasSize(7);
		assertThat(order.get(0)).as("the probe due earlier").isEqualTo(Channel.CHAT);
		assertThat(order.subList(1, 4)).containsExactlyInAnyOrder(Channel.EMAIL, Channel.EMAIL, Channel.CONTACT_FORM);
		assertThat(order.subList(4, 7)).containsOnly(Channel.CHAT);
	}

	private UUID plannedProbe(Channel channel, Instant dueAt) {
		var scenario = new ProbeScenario(UUID.randomUUID(), "Verhuizing", "Vraag over mijn verhuizing",
				"Hoe geef ik mijn nieuwe adres door?", new AnswerKey(List.of()));
		var target = new ProbeTarget(UUID.randomUUID(), "Organisatie " + UUID.randomUUID(), "Test",
				new Endpoints("klantenservice@order.example"), OpeningHours.officeHours(), List.of());
		var probe = new ProbeDue(UUID.randomUUID(), UUID.randomUUID(), channel, target, scenario, dueAt,
				Duration.ofDays(7), 1.0);
		this.lifecycle.plan(probe);
		return this.probeRuns.findBySlotId(probe.slotId()).orElseThrow().getId();
	}

	private UUID sentEmailProbe() {
		// due in a year: no dispatcher takes it
		UUID id = plannedProbe(Channel.EMAIL, Instant.now().plus(Duration.ofDays(365)));
		// as claimed by another node, so this node's sweeper leaves it alone
		this.transactions.executeWithoutResult((tx) -> {
			this.lifecycle.claim(id);
			this.lifecycle.markIrreversibleStep(id, 1, "handing the e-mail to the SMTP server");
			this.entities.flush();
			this.jdbc.update("update probe_run set claimed_by = 'another-node' where id = ?", id);
		});
		return id;
	}

	private static void awaitLatch(CountDownLatch latch) {
		try {
			if (!latch.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the test did not let the transaction commit");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
