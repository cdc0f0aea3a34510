package dev.lodestar.objectives;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview answers in one call with everything a cycle page needs, and in a constant number of SQL
 * statements however many objectives, key results and check-ins it shows.
 */
class CycleOverviewApiIntegrationTests extends ApiIntegrationTest {

	private record Company(Session lead, long team, long cycle) {
	}

	private Company companyWith(int objectives, int keyResultsEach, int checkInsEach) {
		var lead = api.newPerson("Lead");
		long team = api.newTeam("Overviewed", null, List.of(lead.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");
		for (int o = 0; o < objectives; o++) {
			long objective = api.newTeamObjective(lead, cycle, team, "Objective " + (char) ('A' + o));
			for (int k = 0; k < keyResultsEach; k++) {
				long keyResult = api.newKeyResult(lead, objective, "INCREASE", 0, 100);
				for (int c = 1; c <= checkInsEach; c++) {
					api.post("/api/v1/key-results/" + keyResult + "/check-ins", lead, Map.of("value", c * 10, "confidence", c));
				}
			}
		}
		return new Company(lead, team, cycle);
	}

	@Test
	void showsEveryObjectiveWithKeyResultsLatestCheckInsAndProgress() {
		var company = companyWith(2, 2, 3);
		long personal = api.newPersonalObjective(company.lead(), company.cycle(), "Grow as a lead by 50%");

		var overview = api.get("/api/v1/cycles/" + company.cycle() + "/overview", company.lead());

		assertThat(overview).hasStatusOk().bodyJson().extractingPath("$.cycle.id").isEqualTo((int) company.cycle());
		assertThat(overview).bodyJson().extractingPath("$.objectives.length()").isEqualTo(3);
		assertThat(overview).bodyJson().extractingPath("$.objectives[0].keyResults[0].current").isEqualTo(30);
		assertThat(overview).bodyJson().extractingPath("$.objectives[0].keyResults[0].confidence").isEqualTo(3);
		assertThat(overview).bodyJson().extractingPath("$.objectives[0].keyResults[0].progress").isEqualTo(30);
		assertThat(overview).bodyJson().extractingPath("$.objectives[0].keyResults[0].lastCheckIn.value").isEqualTo(30);
		assertThat(overview).bodyJson().extractingPath("$.objectives[0].progress").isEqualTo(30);
		assertThat(overview).bodyJson().extractingPath("$.objectives[?(@.id == " + personal + ")].hints[0].code")
			.asArray().containsExactly("NUMBERS_IN_OBJECTIVE");
		assertThat(overview).bodyJson().extractingPath("$.objectives[?(@.id == " + personal + ")].progress").asArray()
			.containsExactly((Object) null);
	}

	@Test
	void narrowsToOneTeam() {
		var company = companyWith(2, 1, 0);
		api.newPersonalObjective(company.lead(), company.cycle(), "Personal");

		var teamOverview = api.get("/api/v1/cycles/" + company.cycle() + "/overview?teamId=" + company.team(), company.lead());

		assertThat(teamOverview).bodyJson().extractingPath("$.objectives[*].ownerTeamId").asArray()
			.containsExactly((int) company.team(), (int) company.team());
	}

	@Test
	void answersAnUnknownCycleWith404() {
		assertThat(api.get("/api/v1/cycles/987654321/overview", api.admin())).hasStatus(404);
	}

	@Test
	void issuesTheSameNumberOfStatementsForOneObjectiveAndForMany() {
		var small = companyWith(1, 1, 1);
		var large = companyWith(5, 4, 3);
		var reader = api.newPerson("Reader");
		api.get("/api/v1/cycles/" + small.cycle() + "/overview", reader);

		int smallCount = statementsFor(() -> api.get("/api/v1/cycles/" + small.cycle() + "/overview", reader));
		int largeCount = statementsFor(() -> api.get("/api/v1/cycles/" + large.cycle() + "/overview", reader));

		assertThat(largeCount).isEqualTo(smallCount);
		assertThat(smallCount).isLessThanOrEqualTo(6);
	}

	@Test
	void issuesTheSameNumberOfStatementsForEveryPageOfASearchAndEveryHistory() {
		var small = companyWith(1, 1, 1);
		var large = companyWith(5, 4, 3);
		long smallKeyResult = Api.<Number>read(api.get("/api/v1/cycles/" + small.cycle() + "/overview", small.lead()),
				"$.objectives[0].keyResults[0].id").longValue();
		long largeKeyResult = Api.<Number>read(api.get("/api/v1/cycles/" + large.cycle() + "/overview", large.lead()),
				"$.objectives[0].keyResults[0].id").longValue();

		assertThat(statementsFor(() -> api.get("/api/v1/objectives?cycleId=" + large.cycle(), large.lead())))
			.isEqualTo(statementsFor(() -> api.get("/api/v1/objectives?cycleId=" + small.cycle(), small.lead())));
		assertThat(statementsFor(() -> api.get("/api/v1/key-results/" + largeKeyResult + "/check-ins", large.lead())))
			.isEqualTo(statementsFor(() -> api.get("/api/v1/key-results/" + smallKeyResult + "/check-ins", small.lead())));
	}

	@Test
	void recordsACheckInInAFewStatements() {
		var company = companyWith(1, 1, 0);
		long keyResult = Api.<Number>read(api.get("/api/v1/cycles/" + company.cycle() + "/overview", company.lead()),
				"$.objectives[0].keyResults[0].id").longValue();

		int count = statementsFor(() -> api.post("/api/v1/key-results/" + keyResult + "/check-ins", company.lead(),
				Map.of("value", 5, "confidence", 5), "Idempotency-Key", Api.unique("k")));

		assertThat(count).isLessThanOrEqualTo(8);
	}

	private int statementsFor(Runnable call) {
		statements.reset();
		call.run();
		return statements.count();
	}
}
