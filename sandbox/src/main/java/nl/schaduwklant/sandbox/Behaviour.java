package nl.schaduwklant.sandbox;

/**
 * How a simulated organisation behaves. Every decision it makes for a probe is drawn from
 * a random generator seeded with the organisation and the scenario, so the same campaign
 * always gets the same behaviour.
 *
 * @param answerProbability the chance that it answers at all
 * @param ack whether and how it acknowledges receipt automatically
 * @param ackDelaySeconds how long after receipt the acknowledgement is sent
 * @param minReplySeconds the shortest time it takes to answer
 * @param maxReplySeconds the longest time it takes to answer
 * @param correctShare the chance an answer contains every fact
 * @param partialShare the chance an answer contains only the first fact
 * @param errorsPerReply how many known language errors each answer contains
 * @param client how its replies are written
 * @param threading what its replies keep of the original
 */
public record Behaviour(double answerProbability, AckStyle ack, int ackDelaySeconds, int minReplySeconds,
		int maxReplySeconds, double correctShare, double partialShare, int errorsPerReply, MailClient client,
		Threading threading) {

	public Behaviour {
		if (minReplySeconds > maxReplySeconds || (ack != AckStyle.NONE && ackDelaySeconds >= minReplySeconds)) {
			throw new IllegalArgumentException("An acknowledgement comes before the answer: " + this);
		}
	}

}
