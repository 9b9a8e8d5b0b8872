package nl.schaduwklant.probes;

/**
 * What can happen to a probe, in the order it usually happens.
 */
public enum TimelineEventType {

	DUE, SENDING, SENT, SENT_RECONCILED, SEND_FAILED, RETRY_SCHEDULED, FLAGGED_FOR_REVIEW, AUTO_REPLY_RECEIVED,
	HUMAN_REPLY_RECEIVED, FURTHER_REPLY_RECEIVED, LATE_REPLY_RECEIVED, DEADLINE_PASSED, SCORED

}
