package nl.schaduwklant.probes.phone;

import java.util.UUID;

/**
 * A mystery call to place.
 *
 * @param probeId the probe it is for (its webhooks carry it)
 * @param to the organisation's number, in E.164
 */
record CallOrder(UUID probeId, String to) {
}
