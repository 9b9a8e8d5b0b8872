package nl.schaduwklant.scoring;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The measuring and judging core is plain Java: metrics and resolution are pure functions
 * of an observation, with no Spring, JPA, Jakarta Mail, LanguageTool or other SDK in
 * them.
 */
class NoFrameworkInMeasuringCoreTests {

	private final JavaClasses scoring = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("nl.schaduwklant.scoring");

	@Test
	void shouldKeepFrameworksAndSdksOutOfMetricsResolutionAndNormClauses() {
		noClasses().that()
			.resideInAnyPackage("nl.schaduwklant.scoring.metric..", "nl.schaduwklant.scoring.resolution..",
					"nl.schaduwklant.scoring.norms..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.mail..", "org.hibernate..",
					"org.languagetool..", "de.focus_shift..", "tools.jackson..", "com.fasterxml..")
			.check(this.scoring);
	}

}
