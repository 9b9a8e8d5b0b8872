package nl.schaduwklant.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.schaduwklant.sandbox.web.SandboxWebServer;
import nl.schaduwklant.scheduler.ChatEndpoint;
import nl.schaduwklant.scheduler.ContactFormEndpoint;
import nl.schaduwklant.scheduler.Endpoints;
import nl.schaduwklant.scheduler.MenuStep;
import nl.schaduwklant.scheduler.PhoneEndpoint;
import nl.schaduwklant.scheduler.PreChat;
import nl.schaduwklant.scheduler.WidgetKind;
import nl.schaduwklant.scheduler.WidgetSelectors;

/**
 * The web side of the sandbox: the simulated organisations' chat pages and contact forms,
 * served locally (by this application, or by a sandbox running as its own process).
 */
public interface SandboxSites {

	/**
	 * @param organisation a simulated organisation
	 * @return where it can be reached: its e-mail address, and its chat and contact form
	 * when it has them
	 */
	default Endpoints endpointsOf(SimulatedOrganisation organisation) {
		ChatEndpoint chat = null;
		if (organisation.chat() != null) {
			ChatBehaviour behaviour = organisation.chat();
			chat = new ChatEndpoint(baseUrl() + "/chat/" + organisation.key(), behaviour.widget(), PreChat.none(),
					(behaviour.widget() == WidgetKind.GENERIC) ? SandboxWebServer.generic(behaviour.placement())
							: WidgetSelectors.none(),
					(behaviour.botName() != null) ? List.of(behaviour.botName()) : List.of());
		}
		ContactFormEndpoint form = null;
		if (organisation.form() != null) {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("input[name=naam]", "{name}");
			fields.put("input[name=email]", "{email}");
			fields.put("input[name=onderwerp]", "{subject}");
			fields.put("textarea[name=vraag]", "{question}");
			fields.put("input[name=akkoord]", "{check}");
			form = new ContactFormEndpoint(baseUrl() + "/form/" + organisation.key(), fields, "button[type=submit]",
					".bevestiging");
		}
		PhoneEndpoint phone = null;
		if (organisation.phoneLine() != null) {
			PhoneBehaviour line = organisation.phoneLine();
			List<MenuStep> menu = List.of();
			if (line.menu() != null) {
				int wait = (int) Math.ceil(SimulatedCallAudio.builder(0).recording(line.menu(), 0).build().seconds())
						+ 1;
				menu = List.of(new MenuStep(wait, line.menuDigits(), null));
			}
			phone = new PhoneEndpoint(organisation.e164(), menu);
		}
		return new Endpoints(organisation.address(), chat, form, phone);
	}

	/**
	 * @return the base URL of the sandbox's web server, e.g.
	 * {@code http://127.0.0.1:41234}
	 */
	String baseUrl();

	/**
	 * @return a chat page that never finishes loading
	 */
	default String neverLoadingPage() {
		return baseUrl() + "/never-loads";
	}

	/**
	 * @return a generic chat page whose widget stops responding after the question
	 */
	default String hangingChatPage() {
		return baseUrl() + "/chat/hanging";
	}

	/**
	 * @return a generic chat page whose agent answers slowly (after 20 s)
	 */
	default String slowChatPage() {
		return baseUrl() + "/chat/slow";
	}

}
