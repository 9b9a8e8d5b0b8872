package nl.schaduwklant.sandbox;

import java.time.Instant;

/**
 * One contact a simulated organisation really received: the ground truth against which
 * "at most one contact per probe" is checked.
 *
 * @param kind how it was reached
 * @param token the probe token the contact carried, or {@code null} when it carried none
 * @param organisationKey the organisation
 * @param at when the sandbox received it
 * @param reference what identifies the contact on its channel: the Message-ID of an
 * e-mail, {@code null} for chats and forms
 */
public record Contact(ContactKind kind, String token, String organisationKey, Instant at, String reference) {

}
