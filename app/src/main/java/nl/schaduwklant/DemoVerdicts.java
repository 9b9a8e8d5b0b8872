package nl.schaduwklant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.schaduwklant.scheduler.Channel;
import nl.schaduwklant.scoring.VerdictView;

import org.springframework.context.MessageSource;

/**
 * The demo's verdicts, per norm profile and clause: how many organisations comply, breach
 * it, or are not judged yet and why. Every verdict, with the probes it counted, is in the
 * API.
 */
class DemoVerdicts {

	/** The profile each channel of the demo is judged against. */
	static final Map<Channel, String> PROFILES = profiles();

	private final MessageSource messages;

	private final Locale locale;

	DemoVerdicts(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	private static Map<Channel, String> profiles() {
		Map<Channel, String> profiles = new LinkedHashMap<>();
		profiles.put(Channel.PHONE, "nen-8878");
		profiles.put(Channel.EMAIL, "email-one-working-day");
		profiles.put(Channel.CHAT, "chat-two-minutes");
		return profiles;
	}

	/**
	 * @param campaignId the campaign
	 * @param verdicts its verdicts, per profile
	 * @return the table, and where to find each verdict
	 */
	String render(UUID campaignId, Map<String, List<VerdictView>> verdicts) {
		if (verdicts.isEmpty()) {
			return "";
		}
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { text("demo.verdicts.profile"), text("demo.verdicts.clause"),
				text("demo.verdicts.compliant"), text("demo.verdicts.breach"), text("demo.verdicts.tooFew"),
				text("demo.verdicts.awaitsReview"), text("demo.verdicts.awaitsOutcome") });
		for (Map.Entry<String, List<VerdictView>> profile : verdicts.entrySet()) {
			Map<String, int[]> byClause = new LinkedHashMap<>();
			String version = "";
			for (VerdictView verdict : profile.getValue()) {
				version = " v" + verdict.profileVersion();
				int[] counts = byClause.computeIfAbsent(verdict.clause(), (clause) -> new int[5]);
				counts[column(verdict)]++;
			}
			for (Map.Entry<String, int[]> clause : byClause.entrySet()) {
				int[] counts = clause.getValue();
				rows.add(new String[] { profile.getKey() + version, clause.getKey(), Integer.toString(counts[0]),
						Integer.toString(counts[1]), Integer.toString(counts[2]), Integer.toString(counts[3]),
						Integer.toString(counts[4]) });
			}
		}
		var out = new StringBuilder();
		out.append('\n').append(text("demo.verdicts.title")).append("\n\n");
		out.append(DemoSummary.table(rows));
		out.append(text("demo.verdicts.where",
				"/api/campaigns/" + campaignId + "/verdicts?profile=" + String.join("|", verdicts.keySet()),
				"/api/campaigns/" + campaignId + "/measurements.csv"))
			.append('\n');
		return out.toString();
	}

	private static int column(VerdictView verdict) {
		if (verdict.reason() == null) {
			return verdict.verdict().equals("COMPLIANT") ? 0 : 1;
		}
		if (verdict.reason().equals("TOO_FEW_PROBES")) {
			return 2;
		}
		return verdict.reason().equals("AWAITS_REVIEW") ? 3 : 4;
	}

	private String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, this.locale);
	}

}
