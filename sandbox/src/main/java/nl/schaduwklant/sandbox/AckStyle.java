package nl.schaduwklant.sandbox;

/**
 * Whether and how a simulated organisation acknowledges receipt automatically.
 */
public enum AckStyle {

	/** No acknowledgement. */
	NONE,

	/** With RFC 3834 {@code Auto-Submitted: auto-replied} and {@code X-Autoreply}. */
	RFC3834,

	/** Without any auto-reply header: recognisable only by its subject. */
	HEADERLESS

}
