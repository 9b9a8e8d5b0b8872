package nl.schaduwklant.probes.internal;

import java.util.UUID;

import nl.schaduwklant.scheduler.Channel;

/**
 * A probe that is due, with its channel.
 *
 * @param id the probe
 * @param channel its channel
 */
public record DueProbe(UUID id, Channel channel) {
}
