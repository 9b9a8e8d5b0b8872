package nl.schaduwklant.scoring.language;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LanguageTool instances of one language in this JVM. Creating and warming an
 * instance takes seconds and a {@link JLanguageTool} is not thread-safe, so every checker
 * of a language shares one pool (application contexts in tests do too): it keeps as many
 * instances as the largest checker asked for, each lent to one check at a time.
 * <p>
 * Instances are created and warmed on the pool's own daemon threads, which also run the
 * checks (see {@link TimedCheck}). An instance whose check overran its time limit is
 * written off and replaced; at most as many checks as the pool has instances can be
 * overrunning before replacements wait for one of them to end, which bounds the threads
 * to twice the number of instances plus those creating instances.
 */
final class ToolPool {

	private static final Logger log = LoggerFactory.getLogger(ToolPool.class);

	private static final Map<String, ToolPool> pools = new ConcurrentHashMap<>();

	private static final Map<String, String> WARM_UP_TEXTS = Map.of("nl",
			"Dit is een korte zin om de woordenlijsten te laden.", "en",
			"This is a short sentence to load the word lists.");

	private final Language language;

	private final BlockingQueue<JLanguageTool> idle = new LinkedBlockingQueue<>();

	private final ExecutorService threads;

	private int capacity;

	private int live;

	private int ready;

	private int overrunning;

	private int created;

	private Throwable failure;

	private ToolPool(Language language) {
		this.language = language;
		this.threads = Executors.newCachedThreadPool(daemonThreads("languagetool-" + language.getShortCode() + "-"));
	}

	/**
	 * @param code a LanguageTool language code, such as {@code nl-NL}
	 * @return the JVM's pool for that language
	 * @throws IllegalArgumentException if LanguageTool does not know the language
	 */
	static ToolPool of(String code) {
		Language language = Languages.getLanguageForShortCode(code);
		return pools.computeIfAbsent(language.getShortCodeWithCountryAndVariant(), (key) -> new ToolPool(language));
	}

	/**
	 * Starts creating and warming instances until there are {@code instances}; returns at
	 * once.
	 * @param instances how many instances the caller needs
	 */
	void fill(int instances) {
		reserve(instances);
		replenish();
	}

	/**
	 * Makes room for {@code instances} without creating them: they are created when first
	 * borrowed, unless {@link #fill(int)} is called.
	 * @param instances how many instances the caller needs
	 */
	synchronized void reserve(int instances) {
		this.capacity = Math.max(this.capacity, instances);
	}

	/**
	 * @param instances how many warm instances to wait for
	 * @param timeout how long to wait at most
	 * @return whether there are that many
	 * @throws InterruptedException if interrupted while waiting
	 * @throws IllegalStateException if creating an instance failed and none is on its way
	 */
	synchronized boolean awaitReady(int instances, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.ready < instances) {
			if (this.failure != null && this.live < instances) {
				throw new IllegalStateException(
						"LanguageTool " + this.language.getShortCodeWithCountryAndVariant() + " could not be loaded",
						this.failure);
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			TimeUnit.NANOSECONDS.timedWait(this, left);
		}
		return true;
	}

	synchronized int capacity() {
		return this.capacity;
	}

	synchronized int ready() {
		return this.ready;
	}

	/**
	 * @return how many instances this pool ever created
	 */
	synchronized int created() {
		return this.created;
	}

	/**
	 * Lends an instance, creating one if the pool has fewer than it should.
	 * @param timeout how long to wait for a free instance
	 * @return an instance for one check
	 * @throws LanguageCheckerBusy if none is free within the timeout or the thread is
	 * interrupted while waiting
	 */
	JLanguageTool borrow(Duration timeout) {
		JLanguageTool tool = this.idle.poll();
		if (tool != null) {
			return tool;
		}
		replenish();
		try {
			tool = this.idle.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LanguageCheckerBusy("Interrupted while waiting for a LanguageTool instance", ex);
		}
		if (tool == null) {
			throw new LanguageCheckerBusy("No LanguageTool instance was free within " + timeout);
		}
		return tool;
	}

	void giveBack(JLanguageTool tool) {
		this.idle.add(tool);
	}

	/**
	 * Drops an instance whose check failed and creates another.
	 */
	void discard() {
		synchronized (this) {
			this.live--;
			this.ready--;
		}
		replenish();
	}

	/**
	 * Writes off an instance whose check overran and is still running, and creates
	 * another.
	 */
	void writeOff() {
		synchronized (this) {
			this.live--;
			this.ready--;
			this.overrunning++;
		}
		replenish();
	}

	/**
	 * Notes that the check of a written-off instance has ended; the instance is dropped.
	 */
	void overrunEnded() {
		synchronized (this) {
			this.overrunning--;
		}
		replenish();
	}

	ExecutorService threads() {
		return this.threads;
	}

	private void replenish() {
		int missing = 0;
		synchronized (this) {
			while (this.live < this.capacity && this.live + this.overrunning < 2 * this.capacity) {
				this.live++;
				missing++;
			}
		}
		if (missing > 0) {
			int count = missing;
			// one after another: the first is ready sooner than when all compete for the
			// cores, and the later ones reuse the dictionaries the first one loaded
			this.threads.execute(() -> {
				for (int i = 0; i < count; i++) {
					create();
				}
			});
		}
	}

	private void create() {
		long start = System.nanoTime();
		try {
			JLanguageTool tool = new JLanguageTool(this.language);
			AddedRules.addTo(tool);
			AnswerLanguages.load();
			tool.check(WARM_UP_TEXTS.getOrDefault(this.language.getShortCode(), "Lorem ipsum."));
			// lendable before it counts as ready: whoever is told it is ready may borrow
			// it
			// at once
			this.idle.add(tool);
			synchronized (this) {
				this.created++;
				this.ready++;
				this.failure = null;
				notifyAll();
			}
			log.info("LanguageTool {} instance ready in {} ms", this.language.getShortCodeWithCountryAndVariant(),
					(System.nanoTime() - start) / 1_000_000);
		}
		catch (Exception | LinkageError ex) {
			synchronized (this) {
				this.live--;
				this.failure = ex;
				notifyAll();
			}
			log.error("LanguageTool {} instance could not be created",
					this.language.getShortCodeWithCountryAndVariant(), ex);
		}
	}

	private static ThreadFactory daemonThreads(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
