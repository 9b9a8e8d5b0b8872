package nl.schaduwklant.scheduler;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An organisation's web contact form.
 *
 * @param pageUrl the page with the form
 * @param fields what to put in each field, by CSS selector; a value may use
 * {@code {name}}, {@code {email}}, {@code {subject}}, {@code {question}} and
 * {@code {token}}, and {@code {check}} ticks a checkbox
 * @param submit the submit button
 * @param confirmation what shows the form was received (absent: any new page)
 */
public record ContactFormEndpoint(@NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String pageUrl,
		@NotEmpty Map<@NotBlank String, @NotBlank String> fields, @NotBlank @Size(max = 500) String submit,
		@Size(max = 500) String confirmation) {

	public ContactFormEndpoint {
		fields = (fields != null) ? Map.copyOf(fields) : Map.of();
	}

}
