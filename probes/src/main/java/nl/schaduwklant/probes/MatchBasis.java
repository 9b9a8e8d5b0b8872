package nl.schaduwklant.probes;

/**
 * How a reply was matched to a probe, strongest first.
 */
public enum MatchBasis {

	/** Its In-Reply-To or References header names our Message-ID. */
	THREAD_HEADERS,

	/** Its subject or text carries the probe's token. */
	TOKEN,

	/** It comes from the organisation's address or domain with the probe's subject. */
	SENDER_AND_SUBJECT

}
