package nl.schaduwklant.scoring.composite;

import java.util.Map;
import java.util.UUID;

import nl.schaduwklant.scheduler.Channel;

/**
 * An organisation's composite score on one channel (0–100), with the figures it is made
 * of and the weights it used.
 *
 * @param organisationId the organisation
 * @param organisationName its name
 * @param sector its sector
 * @param channel the channel
 * @param probes the measurements it is computed from
 * @param responseRate the share a person answered
 * @param withinNorm the share of the answered ones within the channel's norm (absent when
 * none could be judged)
 * @param norm which norm: the profile and clause
 * @param resolution the mean resolution of the answers (absent when none has one)
 * @param errorsPer100Words language errors per 100 words over the answers (absent when
 * none was checked)
 * @param languageQuality 1 − errors per 100 words / 5, at least 0
 * @param score the composite score, 0–100 (absent when no figure is known)
 * @param weightsUsed each figure's weight in this score, in percent (figures the channel
 * has not are left out)
 */
public record ChannelScore(UUID organisationId, String organisationName, String sector, Channel channel, int probes,
		Double responseRate, Double withinNorm, String norm, Double resolution, Double errorsPer100Words,
		Double languageQuality, Double score, Map<String, Double> weightsUsed) {

}
