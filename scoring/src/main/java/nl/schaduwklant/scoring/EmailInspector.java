package nl.schaduwklant.scoring;

/**
 * Explains a raw e-mail: for consultants who want to understand a surprising measurement.
 */
public interface EmailInspector {

	EmailInspection inspect(byte[] raw);

}
