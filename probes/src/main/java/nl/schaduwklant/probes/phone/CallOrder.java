package nl.schaduwklant.probes.phone;

import java.util.UUID;

/**
 * A mystery call to place.
 *
 * @param probeId the probe it is for (its webhooks carry it)
 * @param to the organisation's number, in E.164
 * @param consultant on a consultant-assisted call, the consultant's number: the call is
 * placed to it, and bridged from there to the organisation; absent otherwise
 */
record CallOrder(UUID probeId, String to, String consultant) {

	CallOrder(UUID probeId, String to) {
		this(probeId, to, null);
	}

	/**
	 * @return the number the call is placed to
	 */
	String dialled() {
		return (this.consultant != null) ? this.consultant : this.to;
	}

}
