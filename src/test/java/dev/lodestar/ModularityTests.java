package dev.lodestar;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(LodestarApplication.class);

	@Test
	void keepsEveryModuleToTheEntryPointsEventsAndIdsOfTheOthers() {
		modules.verify();
	}

	/** The firewall's fixtures break the rules on purpose; they live in the test sources and are no module. */
	@Test
	void countsNoTestFixtureAsAModule() {
		assertThat(modules.getModuleByName("firewallfixture")).isEmpty();
		assertThat(modules.getModuleByType("dev.lodestar.firewallfixture.kpis.ScorePeekingKpiBoard")).isEmpty();
	}
}
