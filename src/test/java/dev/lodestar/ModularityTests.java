package dev.lodestar;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(LodestarApplication.class);

	@Test
	void keepsEveryModuleToTheEntryPointsEventsAndIdsOfTheOthers() {
		modules.verify();
	}
}
