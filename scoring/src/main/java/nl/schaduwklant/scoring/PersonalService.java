package nl.schaduwklant.scoring;

/**
 * Whether a written answer was personal, as a customer notices: greeted by name, signed
 * by a person, and (by e-mail) in the same thread.
 *
 * @param greetedByName whether the salutation names the customer ("Beste mevrouw De
 * Vries,"), not "Beste klant,"; absent when the customer's name is not known
 * @param signedByPerson whether a person signed (a name, not "Team Klantenservice"); for
 * a chat, whether the agent showed a person's name
 * @param signer the person's name, when one signed
 * @param sameThread whether an e-mail answer kept our thread (its In-Reply-To or
 * References names our message), not a new message; absent for a chat
 */
public record PersonalService(Boolean greetedByName, boolean signedByPerson, String signer, Boolean sameThread) {
}
