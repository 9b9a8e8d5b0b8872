package nl.schaduwklant.sandbox.web;

import nl.schaduwklant.sandbox.SimulatedOrganisation;
import org.jsoup.nodes.Entities;

/**
 * An organisation's contact form, and what it shows after a submission.
 */
final class ContactFormPages {

	private ContactFormPages() {
	}

	static String form(SimulatedOrganisation organisation, boolean captcha) {
		return page(organisation, "<form method=\"post\"><label>Naam <input name=\"naam\" required></label>"
				+ "<label>E-mail <input name=\"email\" type=\"email\" required></label>"
				+ "<label>Onderwerp <input name=\"onderwerp\"></label>"
				+ "<label>Uw vraag <textarea name=\"vraag\" required></textarea></label>"
				+ "<label><input type=\"checkbox\" name=\"akkoord\" value=\"ja\"> Ik ga akkoord met de privacyverklaring</label>"
				+ (captcha ? "<div class=\"g-recaptcha\" data-sitekey=\"6LcSandboxKey\"></div>" : "")
				+ "<button type=\"submit\">Versturen</button></form>");
	}

	static String confirmed(SimulatedOrganisation organisation) {
		return page(organisation,
				"<div class=\"bevestiging\">Bedankt! Wij hebben uw vraag ontvangen en reageren per e-mail.</div>");
	}

	static String refused(SimulatedOrganisation organisation) {
		return page(organisation, "<div class=\"fout\">Ga akkoord met de privacyverklaring.</div>");
	}

	private static String page(SimulatedOrganisation organisation, String content) {
		return "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Contact "
				+ Entities.escape(organisation.name()) + "</title></head><body><h1>Contact met "
				+ Entities.escape(organisation.name()) + "</h1>" + content + "</body></html>";
	}

}
