package nl.schaduwklant.probes.internal;

/**
 * Names of the clocks instants on a timeline come from.
 */
public final class Clocks {

	/** The probe node's own clock (the injected {@link java.time.Clock}). */
	public static final String PROBE_CLOCK = "PROBE_CLOCK";

	/** The INTERNALDATE the IMAP server gave a message when it was delivered. */
	public static final String IMAP_INTERNALDATE = "IMAP_INTERNALDATE";

	private Clocks() {
	}

}
