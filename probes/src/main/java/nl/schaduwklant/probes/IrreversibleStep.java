package nl.schaduwklant.probes;

/**
 * The one step of a contact after which the organisation may have been contacted: the
 * e-mail handed to SMTP, the chat question sent, the form submitted, the call placed, the
 * post published. A channel probe marks it <em>before</em> attempting it; the probes core
 * records the mark durably, and from then on any failure, time-out or crash of the
 * contact makes the probe FAILED or NEEDS_REVIEW, never a retry.
 */
public interface IrreversibleStep {

	/**
	 * Records, durably, that the irreversible step is about to be attempted. Returns only
	 * once the mark is stored; when it cannot be stored it throws and the step must not
	 * be attempted. Marking twice is harmless.
	 * @param what what is about to be done, e.g. {@code sending the question}
	 * @throws IrreversibleStepNotRecorded when the mark could not be stored
	 */
	void mark(String what);

	/**
	 * @return whether the step was marked, so the organisation may have been contacted
	 */
	boolean marked();

	/**
	 * The mark could not be stored, so the irreversible step was not attempted: the
	 * organisation was not contacted and the contact may be tried again.
	 */
	class IrreversibleStepNotRecorded extends RuntimeException {

		public IrreversibleStepNotRecorded(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
