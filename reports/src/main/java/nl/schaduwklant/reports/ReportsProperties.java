package nl.schaduwklant.reports;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Report settings.
 *
 * @param minimumOrganisations below this many contributing organisations a sector figure
 * is suppressed
 * @param outputDirectory where report files are written when asked to write them
 */
@ConfigurationProperties("schaduwklant.reports")
public record ReportsProperties(int minimumOrganisations, Path outputDirectory) {

	public ReportsProperties {
		minimumOrganisations = (minimumOrganisations > 0) ? minimumOrganisations : 5;
		outputDirectory = (outputDirectory != null) ? outputDirectory : Path.of("data", "reports");
	}

}
