package nl.schaduwklant.access;

/**
 * What a user of the platform may do.
 */
public enum Role {

	/** Manages users and norm profiles; may do what a consultant does. */
	ADMIN,

	/** Registers organisations and questions, runs campaigns, reviews measurements. */
	CONSULTANT,

	/** An organisation's own account: reads that organisation's figures and verdicts. */
	CLIENT,

	/** Reads everything, changes nothing, re-inspects the evidence. */
	AUDITOR

}
