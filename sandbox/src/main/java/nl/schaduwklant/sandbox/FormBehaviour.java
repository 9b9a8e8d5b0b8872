package nl.schaduwklant.sandbox;

/**
 * How a simulated organisation's contact form behaves. Its answers come by e-mail, as the
 * organisation's e-mail behaviour decides.
 *
 * @param captcha whether the form is protected by a CAPTCHA
 */
public record FormBehaviour(boolean captcha) {
}
