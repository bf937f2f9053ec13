package org.tawasul;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules keep to their published APIs, and their diagrams in {@code docs/modules/} stay current. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(Tawasul.class);

	@Test
	void modulesOnlyUseEachOthersPublishedApi() {
		modules.verify();
	}

	@Test
	void everyArchitectureModuleExists() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.contains("reporting", "similarity", "vigilance", "newsroom", "channels", "notifications", "identity",
					"audit", "platform");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
