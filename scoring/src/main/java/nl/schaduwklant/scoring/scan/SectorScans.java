package nl.schaduwklant.scoring.scan;

/**
 * The scans of one sector: the mean of its organisations' latest scores beside the score
 * published for the sector.
 *
 * @param sector the sector
 * @param organisations how many of its organisations have a scan
 * @param meanScore the mean of their latest pooled scores (0–1); absent below five
 * organisations, where it would come close to single organisations' scores
 * @param band the band of that mean
 * @param published the score published with the method for this sector, if any
 */
public record SectorScans(String sector, int organisations, Double meanScore, ScanBand band, Double published) {

}
