package nl.schaduwklant.probes.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.schaduwklant.probes.ChannelProbe;
import nl.schaduwklant.probes.ContactResult;
import nl.schaduwklant.probes.IrreversibleStep;
import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.scheduler.Channel;
import org.junit.jupiter.api.Test;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DataIntegrityViolationException;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The sweeper keeps every part of the sweep going when one of them fails.
 */
class ProbeSweeperTests {

	private static final Instant SEEN = Instant.parse("2026-12-01T10:00:00Z");

	private final ProbeLifecycle lifecycle = mock(ProbeLifecycle.class);

	private final ProbeDispatcher dispatcher = mock(ProbeDispatcher.class);

	private final RetryTemplate retries = new RetryTemplate(RetryPolicy.withMaxRetries(0));

	@Test
	void shouldCloseTheOtherChannelsAndRetryFailedProbesWhenClosingOneChannelFails() {
		given(this.lifecycle.closeExpired(eq(Channel.EMAIL), any()))
			.willThrow(new DataIntegrityViolationException("timestamp out of range"));
		var sweeper = new ProbeSweeper(this.lifecycle, new ChannelProbes(List
			.of(new Observing(Channel.EMAIL, Optional.of(SEEN)), new Observing(Channel.CHAT, Optional.of(SEEN)))),
				this.dispatcher, this.retries);

		sweeper.sweep();

		verify(this.lifecycle).closeExpired(Channel.CHAT, SEEN);
		verify(this.lifecycle).retryFailed();
	}

	@Test
	void shouldCloseNoDeadlineOfAChannelThatHasObservedNothingYet() {
		var sweeper = new ProbeSweeper(this.lifecycle,
				new ChannelProbes(List.of(new Observing(Channel.EMAIL, Optional.empty()))), this.dispatcher,
				this.retries);

		sweeper.sweep();

		verify(this.lifecycle, never()).closeExpired(any(), any());
		verify(this.lifecycle).retryFailed();
	}

	@Test
	void shouldGoOnCheckingWhenFindingTheProbesLeftInSendingFails() {
		given(this.lifecycle.sendingOnThisNode()).willThrow(new DataIntegrityViolationException("down"));
		var sweeper = new ProbeSweeper(this.lifecycle,
				new ChannelProbes(List.of(new Observing(Channel.EMAIL, Optional.of(SEEN)))), this.dispatcher,
				this.retries);

		sweeper.sweep();

		verify(this.lifecycle).closeExpired(Channel.EMAIL, SEEN);
		verify(this.lifecycle).retryFailed();
	}

	private record Observing(Channel channel, Optional<Instant> observedUntil) implements ChannelProbe {

		@Override
		public int concurrency() {
			return 1;
		}

		@Override
		public ContactResult contact(ProbeContact contact, IrreversibleStep step) {
			throw new AssertionError("the sweeper never contacts an organisation");
		}

		@Override
		public ContactResult reconcile(ProbeContact contact) {
			throw new AssertionError("no probe was left in SENDING in these tests");
		}

	}

}
