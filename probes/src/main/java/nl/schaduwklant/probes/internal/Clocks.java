package nl.schaduwklant.probes.internal;

/**
 * Names of the clocks instants on a timeline come from.
 */
public final class Clocks {

	/** The probe node's own clock (the injected {@link java.time.Clock}). */
	public static final String PROBE_CLOCK = "PROBE_CLOCK";

	/**
	 * The INTERNALDATE the IMAP server gave a message when it was delivered, placed in
	 * the middle of its second: INTERNALDATE has whole seconds, so a message stamped
	 * {@code 10:42:07} arrived in {@code [10:42:07, 10:42:08)} and is placed at
	 * {@code 10:42:07.5}, which is never more than half a second off.
	 */
	public static final String IMAP_INTERNALDATE = "IMAP_INTERNALDATE_MIDSECOND";

	/**
	 * The page's own clock ({@code performance.now()} in the browser), converted to the
	 * probe node's clock with one measured offset whose uncertainty is on the timeline.
	 */
	public static final String BROWSER_CLOCK = "BROWSER_CLOCK";

	/** Half the resolution of IMAP INTERNALDATE. */
	public static final java.time.Duration HALF_A_SECOND = java.time.Duration.ofMillis(500);

	private Clocks() {
	}

}
