package org.majlis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MajlisApplication.class);

	@Test
	void shouldKeepFeatureModulesFreeOfCyclesAndInternalAccess() {
		modules.verify();
	}

	@Test
	void shouldWriteTheModulePictureNamingEveryModule() throws IOException {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		String picture = Files.readString(Path.of("target", "spring-modulith-docs", "components.puml"));
		modules.forEach(module -> assertThat(picture).contains(module.getDisplayName()));
	}
}
