package dev.lodestar.cycles;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class CyclesApiIntegrationTests extends ApiIntegrationTest {

	@Test
	void plansACycleInPlanningUnlessToldOtherwise() {
		var planned = api.post("/api/v1/cycles", api.admin(),
				Map.of("name", Api.unique("2027 Q1"), "startsOn", "2027-01-01", "endsOn", "2027-03-31"));

		assertThat(planned).hasStatus(201).bodyJson().extractingPath("$.state").isEqualTo("PLANNING");
	}

	@Test
	void movesACycleForwardButNeverBack() {
		long cycle = api.newCycle("PLANNING");
		String name = Api.read(api.get("/api/v1/cycles/" + cycle, api.admin()), "$.name");

		var started = api.put("/api/v1/cycles/" + cycle, api.admin(),
				Map.of("name", name, "startsOn", "2026-10-01", "endsOn", "2026-12-31", "state", "ACTIVE", "version", 0));
		var back = api.put("/api/v1/cycles/" + cycle, api.admin(),
				Map.of("name", name, "startsOn", "2026-10-01", "endsOn", "2026-12-31", "state", "PLANNING", "version", 1));

		assertThat(started).hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("ACTIVE");
		assertThat(back).hasStatus(409).bodyJson().extractingPath("$.errors[0].field").isEqualTo("state");
	}

	@Test
	void refusesACycleThatEndsBeforeItStarts() {
		var refused = api.post("/api/v1/cycles", api.admin(),
				Map.of("name", "Backwards", "startsOn", "2027-03-31", "endsOn", "2027-01-01"));

		assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("endsOn");
	}

	@Test
	void refusesADateThatIsNotADate() {
		var refused = api.post("/api/v1/cycles", api.admin(),
				Map.of("name", "Bad", "startsOn", "next monday", "endsOn", "2027-01-01"));

		assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("startsOn");
	}

	@Test
	void letsOnlyAdminsPlanCyclesButEveryoneReadThem() {
		var member = api.newPerson("Reader");
		long cycle = api.newCycle("ACTIVE");

		assertThat(api.post("/api/v1/cycles", member, Map.of("name", "Mine", "startsOn", "2027-01-01", "endsOn", "2027-03-31")))
			.hasStatus(403);
		assertThat(api.get("/api/v1/cycles/" + cycle, member)).hasStatusOk();
		assertThat(api.get("/api/v1/cycles?state=ACTIVE&size=200", member)).hasStatusOk()
			.bodyJson().extractingPath("$.items[*].state").asArray().containsOnly("ACTIVE");
	}
}
