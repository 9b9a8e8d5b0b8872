package nl.schaduwklant.sandbox;

/**
 * Where a generic chat widget lives in the page.
 */
public enum Placement {

	PAGE, IFRAME, SHADOW

}
