package nl.schaduwklant.scoring;

/**
 * A probe has been measured.
 *
 * @param measurement its measurement
 */
public record ProbeScored(Measurement measurement) {
}
