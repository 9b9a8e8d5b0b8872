package nl.schaduwklant.scheduler.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.schaduwklant.scheduler.Endpoints;
import nl.schaduwklant.scheduler.NewOrganisation;
import nl.schaduwklant.scheduler.OpeningHours;
import nl.schaduwklant.scheduler.OrganisationDetails;

@Entity
@Table(name = "organisation")
class Organisation {

	@Id
	private UUID id;

	private String name;

	private String sector;

	@Convert(converter = JsonConverters.EndpointsConverter.class)
	private Endpoints endpoints;

	@Column(name = "opening_hours")
	@Convert(converter = JsonConverters.OpeningHoursConverter.class)
	private OpeningHours openingHours;

	@Column(name = "allow_list")
	@Convert(converter = JsonConverters.StringListConverter.class)
	private List<String> allowList;

	@Column(name = "registered_at")
	private Instant registeredAt;

	protected Organisation() {
	}

	Organisation(NewOrganisation organisation, Instant registeredAt) {
		this.id = UUID.randomUUID();
		this.name = organisation.name().strip();
		this.sector = organisation.sector().strip();
		this.endpoints = organisation.endpoints();
		this.openingHours = organisation.openingHours();
		this.allowList = organisation.allowList();
		this.registeredAt = registeredAt;
	}

	void update(NewOrganisation organisation) {
		this.name = organisation.name().strip();
		this.sector = organisation.sector().strip();
		this.endpoints = organisation.endpoints();
		this.openingHours = organisation.openingHours();
		this.allowList = organisation.allowList();
	}

	UUID getId() {
		return this.id;
	}

	OrganisationDetails toDetails() {
		return new OrganisationDetails(this.id, this.name, this.sector, this.endpoints, this.openingHours,
				this.allowList, this.registeredAt);
	}

}
