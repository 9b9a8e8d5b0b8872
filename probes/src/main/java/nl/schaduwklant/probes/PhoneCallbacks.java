package nl.schaduwklant.probes;

import java.util.List;
import java.util.UUID;

/**
 * The calls organisations made back to our caller ID.
 */
public interface PhoneCallbacks {

	/**
	 * @param probeId a phone probe
	 * @return the callbacks matched to it, earliest first
	 */
	List<PhoneCallback> forProbe(UUID probeId);

	/**
	 * @return the callbacks from a number no organisation has, latest first
	 */
	List<PhoneCallback> unmatched();

}
