package nl.schaduwklant.scheduler;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A target organisation to register.
 *
 * @param name its name
 * @param sector its sector (branche), e.g. "Financials"
 * @param endpoints where it can be contacted
 * @param openingHours stated opening hours; office hours when absent
 * @param allowList words that are never language errors for it
 */
public record NewOrganisation(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String sector,
		@NotNull @Valid Endpoints endpoints, @Valid OpeningHours openingHours,
		@Size(max = 500) List<@NotBlank @Size(max = 200) String> allowList) {

	public NewOrganisation {
		openingHours = (openingHours != null) ? openingHours : OpeningHours.officeHours();
		allowList = (allowList != null) ? List.copyOf(allowList) : List.of();
	}

}
