package nl.schaduwklant.sandbox;

import nl.schaduwklant.scheduler.Endpoints;

/**
 * The web side of the sandbox: the simulated organisations' chat pages and contact forms,
 * served locally.
 */
public interface SandboxSites {

	/**
	 * @param organisation a simulated organisation
	 * @return where it can be reached: its e-mail address, and its chat and contact form
	 * when it has them
	 */
	Endpoints endpointsOf(SimulatedOrganisation organisation);

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
