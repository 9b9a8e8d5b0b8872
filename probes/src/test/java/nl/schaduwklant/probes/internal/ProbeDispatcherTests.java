package nl.schaduwklant.probes.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schaduwklant.probes.ChannelProbe;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.IrreversibleStep;
import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.scheduler.Channel;
import org.junit.jupiter.api.Test;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The dispatcher's bookkeeping of contacts in flight.
 */
class ProbeDispatcherTests {

	private final ProbeLifecycle lifecycle = mock(ProbeLifecycle.class);

	private final ThreadPoolTaskExecutor executor = mock(ThreadPoolTaskExecutor.class);

	private final ProbeDispatcher dispatcher = new ProbeDispatcher(this.lifecycle,
			new ChannelProbes(List.of(new OneAtATime())), this.executor,
			new RetryTemplate(RetryPolicy.withMaxRetries(0)), new RetryTemplate(RetryPolicy.withMaxRetries(0)),
			new ProbesProperties("node-1", 3, Duration.ofMinutes(5), Duration.ofSeconds(1)));

	@Test
	void shouldFreeTheChannelWhenTheContactThreadsRefuseTheWork() {
		DueProbe due = new DueProbe(UUID.randomUUID(), Channel.EMAIL);
		given(this.lifecycle.due(any(Integer.class))).willReturn(List.of(due));
		given(this.executor.getMaxPoolSize()).willReturn(4);
		willThrow(new TaskRejectedException("full")).given(this.executor).execute(any());
		this.dispatcher.start();

		this.dispatcher.dispatch();

		assertThat(this.dispatcher.inFlight("EMAIL")).as("the channel is free again").isZero();
		assertThat(this.dispatcher.isInFlight(due.id())).isFalse();
		this.dispatcher.dispatch();
		verify(this.executor, times(2)).execute(any());
	}

	@Test
	void shouldTakeNoNewWorkOnceStopped() {
		given(this.lifecycle.due(any(Integer.class)))
			.willReturn(List.of(new DueProbe(UUID.randomUUID(), Channel.EMAIL)));
		given(this.executor.getMaxPoolSize()).willReturn(4);
		this.dispatcher.start();
		this.dispatcher.stop();

		this.dispatcher.dispatch();

		verify(this.executor, times(0)).execute(any());
	}

	@Test
	void shouldEndTheContactsStillInFlightAfterTheGracePeriodWhenStopping() throws Exception {
		var contacting = new java.util.concurrent.CountDownLatch(1);
		var stopped = new java.util.concurrent.CountDownLatch(1);
		var threads = new ThreadPoolTaskExecutor();
		threads.setCorePoolSize(1);
		threads.setMaxPoolSize(1);
		threads.initialize();
		UUID id = UUID.randomUUID();
		ProbeContact contact = new ProbeContact(id, "SK-7Q2X9", Channel.EMAIL, null, null, 1, Duration.ofHours(1));
		given(this.lifecycle.due(any(Integer.class))).willReturn(List.of(new DueProbe(id, Channel.EMAIL)));
		given(this.lifecycle.claim(id)).willReturn(Optional.of(contact));
		var dispatcher = new ProbeDispatcher(this.lifecycle, new ChannelProbes(List.of(new OneAtATime() {

			@Override
			public ContactResult contact(ProbeContact contact, IrreversibleStep step) {
				contacting.countDown();
				try {
					stopped.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return new ContactResult.Failed("the node stopped during the contact", true);
			}

			@Override
			public void stopContacts() {
				stopped.countDown();
			}

		})), threads, new RetryTemplate(RetryPolicy.withMaxRetries(0)),
				new RetryTemplate(RetryPolicy.withMaxRetries(0)),
				new ProbesProperties("node-1", 3, Duration.ofMinutes(5), Duration.ofMillis(200)));
		dispatcher.start();
		dispatcher.dispatch();
		assertThat(contacting.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

		dispatcher.stop();

		assertThat(stopped.getCount()).as("the channel was asked to end its contacts").isZero();
		assertThat(dispatcher.isInFlight(id)).isFalse();
		verify(this.lifecycle).record(id, 1, new ContactResult.Failed("the node stopped during the contact", true));
		assertThat(dispatcher.isRunning()).isFalse();
		threads.shutdown();
	}

	private static class OneAtATime implements ChannelProbe {

		@Override
		public Channel channel() {
			return Channel.EMAIL;
		}

		@Override
		public int concurrency() {
			return 1;
		}

		@Override
		public ContactResult contact(ProbeContact contact, IrreversibleStep step) {
			return new ContactResult.Failed("not used", false);
		}

		@Override
		public ContactResult reconcile(ProbeContact contact) {
			return new ContactResult.Failed("not used", false);
		}

		@Override
		public Optional<Instant> observedUntil() {
			return Optional.empty();
		}

	}

}
