package nl.schaduwklant.reports.batch;

import java.util.List;

import nl.schaduwklant.reports.OrganisationRank;
import nl.schaduwklant.reports.SectorFigure;
import nl.schaduwklant.scheduler.Channel;

/**
 * The benchmark of one sector on one channel.
 *
 * @param sector the sector
 * @param channel the channel
 * @param figures a figure per metric
 * @param ranks every organisation's rank per metric
 */
record GroupBenchmark(String sector, Channel channel, List<SectorFigure> figures, List<OrganisationRank> ranks) {
}
