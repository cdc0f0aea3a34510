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

	@Test
	void aRequestIsReadAtItsLocationByTheTeamAndTheCoachesAndTheTeamListsItsOwn() {
		Api.Session coach = coach(api, "Coach");
		Api.Session lead = api.newPerson("Lead");
		Api.Session member = api.newPerson("Member");
		Api.Session outsider = api.newPerson("Outsider");
		long team = api.newTeam("Billing", null, List.of(lead.personId()), List.of(member.personId()));
		String ask = "/api/v1/teams/" + team + "/coaching-requests";
		var asked = api.post(ask, lead, Map.of("note", "Our objectives are outputs"));
		long first = Api.id(asked);
		assertThat(api.post("/api/v1/coaching-requests/" + first + "/handled", coach, Map.of())).hasStatusOk();
		long second = Api.id(api.post(ask, lead, Map.of("note", "Still outputs")));

		String location = asked.getResponse().getHeader("Location");
		assertThat(location).isEqualTo("/api/v1/coaching-requests/" + first);
		for (Api.Session reader : List.of(lead, member, coach, api.admin())) {
			var read = api.get(location, reader);
			assertThat(read).hasStatusOk().bodyJson().extractingPath("$.note").isEqualTo("Our objectives are outputs");
			assertThat(Api.<String>read(read, "$.teamName")).startsWith("Billing");
		}
		assertThat(api.get(location, outsider)).hasStatus(404);
		assertThat(api.get("/api/v1/coaching-requests/987654321", coach)).hasStatus(404);

		assertThat(Api.<List<Integer>>read(api.get(ask, member), "$[*].id")).containsExactly((int) second, (int) first);
		assertThat(api.get(ask, coach)).hasStatusOk();
		var refused = api.get(ask, outsider);
		assertThat(refused).hasStatus(403).hasContentType("application/problem+json");
		assertThat(api.get(ask, outsider, "Accept-Language", "zh-CN")).bodyJson().extractingPath("$.detail")
			.isEqualTo("只有该团队的成员、OKR 教练和管理员能查看其帮助请求。");
		assertThat(api.get("/api/v1/teams/987654321/coaching-requests", coach)).hasStatus(404);
	}
}
