package nl.schaduwklant.probes.chat;

/**
 * The chat could not be held because of us (browser crashed, hung or never loaded the
 * page): never counted against the organisation.
 */
class ChatFailure extends RuntimeException {

	private final boolean questionSent;

	private final transient ChatRecording recording;

	ChatFailure(String reason, boolean questionSent, ChatRecording recording, Throwable cause) {
		super(reason, cause);
		this.questionSent = questionSent;
		this.recording = recording;
	}

	/**
	 * @return whether trying again may not contact the organisation twice: only when the
	 * question's irreversible step was not yet marked (the session passes
	 * {@code IrreversibleStep.marked()} as {@code questionSent})
	 */
	boolean retryable() {
		return !this.questionSent;
	}

	ChatRecording recording() {
		return this.recording;
	}

}
