package nl.schaduwklant.probes.email;

import java.util.List;

import nl.schaduwklant.probes.UnmatchedReplies;
import nl.schaduwklant.probes.UnmatchedReply;

import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
class UnmatchedInboundMessages implements UnmatchedReplies {

	private final InboundMessages messages;

	UnmatchedInboundMessages(InboundMessages messages) {
		this.messages = messages;
	}

	@Override
	public List<UnmatchedReply> list() {
		return this.messages.withStatus(List.of(InboundStatus.UNMATCHED, InboundStatus.UNREADABLE))
			.stream()
			.map((record) -> new UnmatchedReply(record.id(), record.internalDate(), record.fromAddress(),
					record.subject(), record.autoReply(), record.status().name(), record.detail(), record.evidenceId(),
					record.sha256(), record.size()))
			.toList();
	}

}
