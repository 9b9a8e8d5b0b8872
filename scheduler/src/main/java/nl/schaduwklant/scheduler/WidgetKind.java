package nl.schaduwklant.scheduler;

/**
 * The kind of chat widget on an organisation's page: the built-in kinds are driven
 * through the widget's public JavaScript API where it has one, {@code GENERIC} through
 * the selectors configured for the organisation.
 */
public enum WidgetKind {

	GENERIC, ZENDESK, INTERCOM, LIVECHAT, SALESFORCE, TAWK

}
