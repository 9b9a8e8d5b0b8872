package nl.schaduwklant.scoring.language;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.languagetool.JLanguageTool;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.RuleMatch;

/**
 * Runs one check within a time limit. The check runs on a thread of the pool with a
 * {@link JLanguageTool.CheckCancelledCallback} that stops it at the limit (or when the
 * caller is interrupted); LanguageTool asks it between sentences only, so the caller
 * waits at most half the limit longer and then gives up on the check: its instance is
 * written off and replaced, and dropped when the overrunning check ends.
 */
final class TimedCheck {

	private final ToolPool pool;

	private final Check check;

	private final Clock clock;

	private final Duration timeLimit;

	private final Duration borrowTimeout;

	TimedCheck(ToolPool pool, Check check, Clock clock, Duration timeLimit, Duration borrowTimeout) {
		this.pool = pool;
		this.check = check;
		this.clock = clock;
		this.timeLimit = timeLimit;
		this.borrowTimeout = borrowTimeout;
	}

	/**
	 * @param text what to check
	 * @return the matches, or that the check timed out
	 * @throws LanguageCheckerBusy if no instance is free within the borrow timeout, or
	 * the calling thread is interrupted
	 */
	Result run(AnnotatedText text) {
		Attempt attempt = new Attempt(this.pool.borrow(this.borrowTimeout), text);
		Future<List<RuleMatch>> future;
		try {
			future = this.pool.threads().submit(attempt);
		}
		catch (RejectedExecutionException ex) {
			this.pool.giveBack(attempt.tool);
			throw new LanguageCheckerBusy("LanguageTool threads are not accepting checks", ex);
		}
		try {
			return collect(future, attempt, this.timeLimit.plus(this.timeLimit.dividedBy(2)));
		}
		catch (InterruptedException ex) {
			// the check stops at the next sentence and hands its instance back
			attempt.requestStop();
			Thread.currentThread().interrupt();
			throw new LanguageCheckerBusy("Interrupted while checking", ex);
		}
	}

	private Result collect(Future<List<RuleMatch>> future, Attempt attempt, Duration wait) throws InterruptedException {
		try {
			try {
				return new Result(future.get(wait.toNanos(), TimeUnit.NANOSECONDS), attempt.stopped);
			}
			catch (TimeoutException ex) {
				if (attempt.abandon()) {
					attempt.requestStop();
					return new Result(List.of(), true);
				}
				return new Result(future.get(), attempt.stopped);
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("LanguageTool could not check the text", ex.getCause());
		}
	}

	/**
	 * What checking a text with an instance is; a seam for tests.
	 */
	@FunctionalInterface
	interface Check {

		List<RuleMatch> run(JLanguageTool tool, AnnotatedText text) throws Exception;

	}

	/**
	 * @param matches what LanguageTool found (nothing when timed out)
	 * @param timedOut whether the check was stopped or given up at the time limit
	 */
	record Result(List<RuleMatch> matches, boolean timedOut) {

	}

	/**
	 * One check on a pool thread. Whoever settles it first, the check ending or the
	 * caller giving up, decides where the instance goes. The task is never cancelled, so
	 * it always runs and settles.
	 */
	private final class Attempt implements Callable<List<RuleMatch>> {

		private static final int RUNNING = 0;

		private static final int ENDED = 1;

		private static final int ABANDONED = 2;

		private final AtomicInteger state = new AtomicInteger(RUNNING);

		private final JLanguageTool tool;

		private final AnnotatedText text;

		private volatile boolean stopRequested;

		private volatile boolean stopped;

		Attempt(JLanguageTool tool, AnnotatedText text) {
			this.tool = tool;
			this.text = text;
		}

		@Override
		public List<RuleMatch> call() throws Exception {
			boolean failed = true;
			try {
				Instant deadline = TimedCheck.this.clock.instant().plus(TimedCheck.this.timeLimit);
				this.tool.setCheckCancelledCallback(() -> stop(deadline));
				List<RuleMatch> matches = TimedCheck.this.check.run(this.tool, this.text);
				failed = false;
				return matches;
			}
			finally {
				this.tool.setCheckCancelledCallback(null);
				settle(failed);
			}
		}

		private boolean stop(Instant deadline) {
			if (this.stopRequested || !TimedCheck.this.clock.instant().isBefore(deadline)) {
				this.stopped = true;
			}
			return this.stopped;
		}

		private void settle(boolean failed) {
			if (!this.state.compareAndSet(RUNNING, ENDED)) {
				TimedCheck.this.pool.overrunEnded();
			}
			else if (failed) {
				TimedCheck.this.pool.discard();
			}
			else {
				TimedCheck.this.pool.giveBack(this.tool);
			}
		}

		void requestStop() {
			this.stopRequested = true;
		}

		boolean abandon() {
			if (this.state.compareAndSet(RUNNING, ABANDONED)) {
				TimedCheck.this.pool.writeOff();
				return true;
			}
			return false;
		}

	}

}
