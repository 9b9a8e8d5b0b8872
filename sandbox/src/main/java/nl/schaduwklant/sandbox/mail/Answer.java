package nl.schaduwklant.sandbox.mail;

import java.util.List;

import nl.schaduwklant.sandbox.AnswerQuality;
import nl.schaduwklant.sandbox.InjectedError;
import nl.schaduwklant.sandbox.SimulatedOrganisation;

/**
 * The text of a simulated answer: greeting, the common opening, the scenario's answer
 * paragraph of the chosen quality, the common closing, and a signature without contact
 * details (so the facts an answer contains are exactly those of its paragraph).
 *
 * @param body the new text, as the organisation's employee wrote it
 * @param signature the signature
 * @param quality how good it is
 * @param facts the facts it contains
 * @param errors the known errors in it
 */
record Answer(String body, String signature, AnswerQuality quality, List<String> facts, List<InjectedError> errors) {

	static final String GREETING = "Beste mevrouw De Vries,";

	static final String OPENING = "Hartelijk dank voor uw e-mail. Wij hebben uw vraag goed ontvangen en hebben uw gegevens gecontroleerd. Hierbij ons antwoord op uw vraag.";

	static final String CLOSING = "Wij hopen u hiermee voldoende te hebben geïnformeerd. Meer informatie vindt u op onze website.";

	static String signature(SimulatedOrganisation organisation) {
		return "Met vriendelijke groet,\n\n" + organisation.agent() + "\nKlantenservice " + organisation.name();
	}

}
