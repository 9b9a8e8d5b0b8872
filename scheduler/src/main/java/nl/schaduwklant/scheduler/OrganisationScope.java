package nl.schaduwklant.scheduler;

import java.util.UUID;

/**
 * Which organisations' figures the caller of an endpoint may see: every organisation's
 * (consultants, auditors, administrators), or one organisation's own (a client). A web
 * endpoint receives it as an argument.
 *
 * @param organisationId the one organisation, or absent for every organisation
 */
public record OrganisationScope(UUID organisationId) {

	private static final OrganisationScope EVERY = new OrganisationScope(null);

	/**
	 * @return the scope of every organisation
	 */
	public static OrganisationScope every() {
		return EVERY;
	}

	/**
	 * @param organisationId an organisation
	 * @return the scope of that organisation alone
	 */
	public static OrganisationScope only(UUID organisationId) {
		return new OrganisationScope(java.util.Objects.requireNonNull(organisationId));
	}

	/**
	 * @param organisation an organisation
	 * @return whether its figures are in this scope
	 */
	public boolean includes(UUID organisation) {
		return this.organisationId == null || this.organisationId.equals(organisation);
	}

}
