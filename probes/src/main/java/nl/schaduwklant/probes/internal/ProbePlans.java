package nl.schaduwklant.probes.internal;

import nl.schaduwklant.probes.Conversation;
import nl.schaduwklant.probes.PhoneCall;
import nl.schaduwklant.probes.ProbeContact;
import nl.schaduwklant.scheduler.ProbeDue;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the plan a probe was created from (the {@link ProbeDue} snapshot) with the probe,
 * as JSON, so that what a probe did can always be traced to what it was asked to do; and
 * what a conversation observed.
 */
@Component
public class ProbePlans {

	private final JsonMapper json;

	ProbePlans(JsonMapper json) {
		this.json = json;
	}

	String write(ProbeDue due) {
		return this.json.writeValueAsString(due);
	}

	public ProbeDue read(ProbeRun run) {
		return this.json.readValue(run.getPlan(), ProbeDue.class);
	}

	String write(Conversation conversation) {
		return (conversation != null) ? this.json.writeValueAsString(conversation) : null;
	}

	Conversation conversationOf(ProbeRun run) {
		return (run.getConversation() != null) ? this.json.readValue(run.getConversation(), Conversation.class) : null;
	}

	String write(PhoneCall call) {
		return (call != null) ? this.json.writeValueAsString(call) : null;
	}

	PhoneCall callOf(ProbeRun run) {
		return (run.getPhoneCall() != null) ? this.json.readValue(run.getPhoneCall(), PhoneCall.class) : null;
	}

	public ProbeContact contactFor(ProbeRun run) {
		ProbeDue due = read(run);
		return new ProbeContact(run.getId(), run.getToken(), run.getChannel(), due.target(), due.scenario(),
				run.getAttempts(), due.replyDeadline(), due.consultantNumber());
	}

}
