package nl.schaduwklant.probes.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.schaduwklant.probes.TimelineEvent;
import nl.schaduwklant.probes.TimelineEventType;

@Entity
@Table(name = "probe_event")
class ProbeEvent {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "probe_id")
	private ProbeRun probe;

	@Column(name = "sequence_no")
	private int sequenceNo;

	@Enumerated(EnumType.STRING)
	private TimelineEventType type;

	private Instant at;

	private String clock;

	private String detail;

	@Column(name = "evidence_id")
	private UUID evidenceId;

	protected ProbeEvent() {
	}

	ProbeEvent(ProbeRun probe, int sequenceNo, TimelineEvent event) {
		this.id = UUID.randomUUID();
		this.probe = probe;
		this.sequenceNo = sequenceNo;
		this.type = event.type();
		this.at = event.at();
		this.clock = event.clock();
		this.detail = abbreviate(event.detail());
		this.evidenceId = event.evidenceId();
	}

	TimelineEvent toEvent() {
		return new TimelineEvent(this.type, this.at, this.clock, this.detail, this.evidenceId);
	}

	private static String abbreviate(String detail) {
		return (detail != null && detail.length() > 2000) ? detail.substring(0, 1997) + "..." : detail;
	}

}
