package nl.schaduwklant.scoring.scan;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A scan as an organisation fills it in: one or more respondents, each answering every
 * item.
 *
 * @param respondents the respondents
 */
public record NewScan(@NotEmpty @Size(max = 200) List<@NotNull @Valid Respondent> respondents) {

	/**
	 * @param respondent who answered (a name or a role), for the discussion afterwards
	 * @param answers an answer to every item
	 */
	public record Respondent(@Size(max = 200) String respondent, @NotNull Map<ScanItem, ScanAnswer> answers) {
	}

}
