package org.majlis;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MajlisApplication.class);

	@Test
	void shouldKeepFeatureModulesFreeOfCyclesAndInternalAccess() {
		modules.verify();
	}

	@Test
	void shouldWriteTheModulePicture() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
