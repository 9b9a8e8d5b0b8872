package nl.schaduwklant.sandbox;

/**
 * Whether a simulated organisation's chat widget is there and online.
 */
public enum Presence {

	/** The widget is there and takes chats. */
	ONLINE,

	/** The widget is there but says it is offline. */
	OFFLINE,

	/** The widget is online during the organisation's opening hours only. */
	OFFLINE_OUTSIDE_HOURS,

	/** There is no widget on the page. */
	MISSING

}
