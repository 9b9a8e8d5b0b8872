package nl.schaduwklant.probes.chat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.schaduwklant.scheduler.WidgetSelectors;

/**
 * One chat to hold.
 *
 * @param pageUrl the page with the widget
 * @param selectors the widget's selectors (defaults completed)
 * @param profile what the probe knows of the widget
 * @param botNames author names that are bots
 * @param question what to ask
 * @param preChat what to fill in on the pre-chat form ({@code name}, {@code email},
 * {@code topic})
 * @param maxWait how long to wait for a human answer after asking
 * @param outsideHours whether the organisation is closed now by its stated hours
 */
record ChatRequest(String pageUrl, WidgetSelectors selectors, WidgetProfiles.WidgetProfile profile,
		List<String> botNames, String question, Map<String, String> preChat, Duration maxWait, boolean outsideHours) {
}
