package nl.schaduwklant.probes;

/**
 * What found the moment a person answered a call.
 */
public enum LiveAgentMethod {

	/** The call's own audio, by the live-agent detector. */
	AUDIO,

	/** A consultant on the call, who marked it. */
	CONSULTANT

}
