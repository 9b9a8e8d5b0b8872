package nl.schaduwklant.probes;

/**
 * Whether a chat could be started at all.
 */
public enum Availability {

	/** The widget was there and open for chats. */
	AVAILABLE,

	/**
	 * The widget was there but offline (an offline message, or outside opening hours).
	 */
	OFFLINE,

	/** There was no widget (no launcher, or the widget never loaded). */
	MISSING

}
