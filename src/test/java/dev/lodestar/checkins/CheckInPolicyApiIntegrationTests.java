package dev.lodestar.checkins;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInPolicyApiIntegrationTests extends ApiIntegrationTest {

	@Test
	void letsAnAdminMoveTheCheckInDayAndEveryoneReadIt() {
		int version = Api.<Integer>read(api.get("/api/v1/policy/check-ins", api.admin()), "$.version");

		var moved = api.put("/api/v1/policy/check-ins", api.admin(), Map.of("weekday", "THURSDAY", "version", version));

		assertThat(moved).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(version + 1);
		assertThat(api.get("/api/v1/policy/check-ins", api.newPerson("Reader"))).hasStatusOk()
			.bodyJson().extractingPath("$.weekday").isEqualTo("THURSDAY");
		api.put("/api/v1/policy/check-ins", api.admin(), Map.of("weekday", "MONDAY", "version", version + 1));
	}

	@Test
	void refusesAStaleVersionWith409() {
		int version = Api.<Integer>read(api.get("/api/v1/policy/check-ins", api.admin()), "$.version");

		var stale = api.put("/api/v1/policy/check-ins", api.admin(), Map.of("weekday", "FRIDAY", "version", version - 1));

		assertThat(stale).hasStatus(409).bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:stale-version");
	}

	@Test
	void letsOnlyAdminsMoveTheCheckInDay() {
		var member = api.newPerson("Member");

		var refused = api.put("/api/v1/policy/check-ins", member, Map.of("weekday", "FRIDAY", "version", 0));

		assertThat(refused).hasStatus(403);
	}

	@Test
	void refusesADayThatIsNoWeekday() {
		var refused = api.put("/api/v1/policy/check-ins", api.admin(), Map.of("weekday", "SOMEDAY", "version", 0));

		assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("weekday");
	}
}
