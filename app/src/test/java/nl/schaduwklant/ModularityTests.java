package nl.schaduwklant;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verifies the module boundaries (no cycles, no use of another module's internals) and
 * writes the module diagrams to {@code docs/modules}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SchaduwklantApplication.class);

	@Test
	void shouldKeepModuleBoundaries() {
		this.modules.verify();
	}

	@Test
	void shouldLetDependenciesPointDownThePipelineOnly() {
		List<String> pipeline = List.of("scheduler", "probes", "scoring", "reports");
		for (int i = 0; i < pipeline.size(); i++) {
			assertThat(dependencies(pipeline.get(i))).as("what %s depends on", pipeline.get(i))
				.isSubsetOf(pipeline.subList(0, i));
		}
		assertThat(dependencies("sandbox")).as("the sandbox uses the probes' API only")
			.isSubsetOf("scheduler", "probes");
	}

	@Test
	void shouldWriteModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

	private java.util.Set<String> dependencies(String module) {
		ApplicationModule found = this.modules.getModuleByName(module).orElseThrow();
		return found.getDirectDependencies(this.modules)
			.stream()
			.map((dependency) -> dependency.getTargetModule().getIdentifier().toString())
			.collect(java.util.stream.Collectors.toSet());
	}

}
