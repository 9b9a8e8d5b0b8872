package nl.schaduwklant.scoring.consistency;

import java.util.List;

import nl.schaduwklant.scheduler.Channel;

/**
 * Two channels' answers to the same question compared.
 *
 * @param first one channel
 * @param second the other
 * @param contradictions the facts one answered wrongly (a known-wrong answer) and the
 * other did not
 * @param similarity the facts both gave over the facts either gave (1 when neither gave
 * any)
 * @param score 0 when they contradict each other, else their similarity
 */
public record PairComparison(Channel first, Channel second, List<String> contradictions, double similarity,
		double score) {

}
