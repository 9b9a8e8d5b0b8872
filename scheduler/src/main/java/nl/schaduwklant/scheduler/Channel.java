package nl.schaduwklant.scheduler;

/**
 * The ways a mystery customer contacts an organisation.
 */
public enum Channel {

	PHONE, EMAIL, CHAT, SOCIAL,

	/**
	 * The organisation's web contact form; its answer arrives by e-mail in the mystery
	 * mailbox.
	 */
	CONTACT_FORM;

	/**
	 * @return whether the organisation's answers on this channel arrive by e-mail in the
	 * mystery mailbox (and are matched and measured as e-mail answers)
	 */
	public boolean answeredByEmail() {
		return this == EMAIL || this == CONTACT_FORM;
	}

}
