package nl.schaduwklant.probes;

import java.util.List;

/**
 * Messages in the mystery mailbox that belong to no probe or could not be read.
 */
public interface UnmatchedReplies {

	List<UnmatchedReply> list();

}
