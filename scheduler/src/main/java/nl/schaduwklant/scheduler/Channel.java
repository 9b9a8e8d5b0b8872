package nl.schaduwklant.scheduler;

/**
 * The ways a mystery customer contacts an organisation.
 */
public enum Channel {

	PHONE, EMAIL, CHAT, SOCIAL

}
