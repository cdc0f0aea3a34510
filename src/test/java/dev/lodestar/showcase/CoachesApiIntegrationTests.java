package dev.lodestar.showcase;

import static dev.lodestar.showcase.ShowcaseFixtures.coach;
import static dev.lodestar.showcase.ShowcaseFixtures.setCoach;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import dev.lodestar.health.HealthWork;
import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

/** OKR coaches: named by admins, readers of OKR health, and the ones teams ask for help. */
class CoachesApiIntegrationTests extends ApiIntegrationTest {

	@Autowired
	ApplicationContext application;

	@Test
	void onlyAdminsNameCoachesAndTheAllianceIsListed() {
		Api.Session person = api.newPerson("Hopeful");

		var refused = setCoach(api, person, person.personId(), true);
		assertThat(refused).hasStatus(403).hasContentType("application/problem+json");
		assertThat(api.get("/api/v1/people/" + person.personId(), person)).bodyJson().extractingPath("$.coach").isEqualTo(false);

		assertThat(setCoach(api, api.admin(), person.personId(), true)).hasStatusOk().bodyJson()
			.extractingPath("$.coach").isEqualTo(true);
		assertThat(Api.<List<Integer>>read(api.get("/api/v1/coaches", person), "$[*].id")).contains((int) person.personId());

		assertThat(setCoach(api, api.admin(), person.personId(), false)).hasStatusOk();
		assertThat(Api.<List<Integer>>read(api.get("/api/v1/coaches", person), "$[*].id")).doesNotContain((int) person.personId());
	}

	@Test
	void aCoachReadsEveryTeamsHealthAndTheOrganisationsLikeAnAdmin() {
		Api.Session coach = coach(api, "Coach");
		Api.Session outsider = api.newPerson("Outsider");
		Api.Session lead = api.newPerson("Lead");
		long team = api.newTeam("Payments", null, List.of(lead.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");
		api.newTeamObjective(lead, cycle, team, "Make paying effortless");
		HealthWork.settle(application);
		String teamHealth = "/api/v1/teams/" + team + "/health?cycleId=" + cycle;

		assertThat(api.get(teamHealth, outsider)).hasStatus(403);
		assertThat(api.get(teamHealth, coach)).hasStatusOk().bodyJson().extractingPath("$.teamId").isEqualTo((int) team);
		assertThat(api.get("/api/v1/health?cycleId=" + cycle, outsider)).hasStatus(403);
		assertThat(api.get("/api/v1/health?cycleId=" + cycle, coach)).hasStatusOk();
		assertThat(api.post("/api/v1/health/recompute?cycleId=" + cycle, coach, Map.of())).hasStatus(403);
	}

	@Test
	void aTeamsLeadAsksForHelpOnceAndACoachHandlesIt() {
		Api.Session coach = coach(api, "Coach");
		Api.Session lead = api.newPerson("Lead");
		Api.Session member = api.newPerson("Member");
		long team = api.newTeam("Logistics", null, List.of(lead.personId()), List.of(member.personId()));
		String ask = "/api/v1/teams/" + team + "/coaching-requests";

		assertThat(api.post(ask, member, Map.of("note", "Help"))).hasStatus(403);
		assertThat(api.post(ask, lead, Map.of("note", " "))).hasStatus(400).bodyJson()
			.extractingPath("$.errors[0].field").isEqualTo("note");
		var asked = api.post(ask, lead, Map.of("note", "Our key results read like a task list"),
				"Idempotency-Key", Api.unique("ask"));
		assertThat(asked).hasStatus(201);
		long request = Api.id(asked);
		assertThat(api.post(ask, lead, Map.of("note", "Again"))).hasStatus(409);

		assertThat(api.get("/api/v1/coaching-requests", member)).hasStatus(403);
		var open = api.get("/api/v1/coaching-requests", coach);
		assertThat(Api.<List<Integer>>read(open, "$[*].id")).contains((int) request);
		assertThat(Api.<List<String>>read(open, "$[?(@.id == " + request + ")].teamName").get(0)).startsWith("Logistics");
		assertThat(api.get("/api/v1/coaching-requests", api.admin())).hasStatusOk();

		assertThat(api.post("/api/v1/coaching-requests/" + request + "/handled", member, Map.of())).hasStatus(403);
		assertThat(api.post("/api/v1/coaching-requests/" + request + "/handled", coach, Map.of())).hasStatusOk()
			.bodyJson().extractingPath("$.handledBy").isEqualTo((int) coach.personId());
		assertThat(api.post("/api/v1/coaching-requests/" + request + "/handled", coach, Map.of())).hasStatus(409);
		assertThat(Api.<List<Integer>>read(api.get("/api/v1/coaching-requests", coach), "$[*].id")).doesNotContain((int) request);
		assertThat(api.post(ask, lead, Map.of("note", "Once more, for the next cycle"))).hasStatus(201);
	}
}
