package nl.schaduwklant.scoring.consistency;

/**
 * A sector's consistency: the mean of its organisations' scores.
 *
 * @param sector the sector
 * @param organisations the organisations with a score
 * @param score their mean score (absent when suppressed)
 * @param suppressed whether the mean is left out: fewer than
 * {@link ChannelConsistency#MINIMUM_ORGANISATIONS} organisations
 */
public record SectorConsistency(String sector, int organisations, Double score, boolean suppressed) {

}
