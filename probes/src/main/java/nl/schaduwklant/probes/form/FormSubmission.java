package nl.schaduwklant.probes.form;

import java.time.Instant;

/**
 * What filling in and submitting a contact form gave.
 *
 * @param submittedAt when the form was submitted (the page's clock, converted)
 * @param clockDescription how the page's clock was converted
 * @param captcha the CAPTCHA that blocked the form, if one did
 * @param confirmed whether the site confirmed the submission
 * @param confirmation the confirmation's text
 * @param screenshot a screenshot of the page after submitting (or of the blocked form)
 * @param pageHtml the page's HTML after submitting (or of the blocked form)
 */
record FormSubmission(Instant submittedAt, String clockDescription, String captcha, boolean confirmed,
		String confirmation, byte[] screenshot, byte[] pageHtml) {
}
