package nl.schaduwklant.scoring.scan;

/**
 * The items of the Service Excellence Scan: the nine elements of the service-excellence
 * pyramid (CEN/TS 16880) and the four result areas.
 */
public enum ScanItem {

	/** Ontwerpen en vernieuwen van uitzonderlijke klantbeleving. */
	DESIGNING_EXCEPTIONAL_EXPERIENCES(Kind.ELEMENT),

	/** Service excellence visie, missie en strategie. */
	VISION_MISSION_STRATEGY(Kind.ELEMENT),

	/** Leiderschap en managementcommitment. */
	LEADERSHIP(Kind.ELEMENT),

	/** Betrokken en klantgerichte medewerkers. */
	ENGAGED_EMPLOYEES(Kind.ELEMENT),

	/** Service excellence cultuur. */
	CULTURE(Kind.ELEMENT),

	/** Behoeften, verwachtingen en wensen van klanten begrijpen. */
	UNDERSTANDING_CUSTOMERS(Kind.ELEMENT),

	/** Service-innovatiemanagement. */
	SERVICE_INNOVATION(Kind.ELEMENT),

	/** Managen van processen en organisatie van invloed op klantbeleving. */
	PROCESSES_AND_ORGANISATION(Kind.ELEMENT),

	/** Monitoren van service excellence activiteiten en resultaten. */
	MONITORING(Kind.ELEMENT),

	/** a. Excellente serviceprestaties. */
	EXCELLENT_SERVICE_PERFORMANCE(Kind.RESULT),

	/** b. Enthousiaste en loyale klanten. */
	ENTHUSIASTIC_CUSTOMERS(Kind.RESULT),

	/** c. Enthousiaste en betrokken medewerkers. */
	ENTHUSIASTIC_EMPLOYEES(Kind.RESULT),

	/** d. Excellente reputatie en financiële resultaten. */
	REPUTATION_AND_FINANCIAL_RESULTS(Kind.RESULT);

	private final Kind kind;

	ScanItem(Kind kind) {
		this.kind = kind;
	}

	/**
	 * @return whether it is an element or a result area
	 */
	public Kind kind() {
		return this.kind;
	}

	/**
	 * @return the most points an answer to it scores: 3 for an element, 5 for a result
	 * area
	 */
	public int maximum() {
		return (this.kind == Kind.ELEMENT) ? 3 : 5;
	}

	/**
	 * An element of the pyramid, or a result area.
	 */
	public enum Kind {

		/** Scored No 0, Start 1, Systematic 3, or not applicable. */
		ELEMENT,

		/**
		 * Scored Below average 0, Average 1, Above average 3, Top 5, or not applicable.
		 */
		RESULT

	}

}
