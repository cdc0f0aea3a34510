package dev.lodestar.objectives;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectivesApiIntegrationTests extends ApiIntegrationTest {

	@Test
	void letsTeamMembersAndLeadsSetTheTeamsObjectivesAndNobodyElse() {
		var lead = api.newPerson("Lead");
		var member = api.newPerson("Member");
		var outsider = api.newPerson("Outsider");
		long team = api.newTeam("Search", null, List.of(lead.personId()), List.of(member.personId()));
		long cycle = api.newCycle("ACTIVE");

		var byMember = api.post("/api/v1/objectives", member, Map.of("cycleId", cycle, "ownerTeamId", team, "title", "Delight searchers"));
		var byLead = api.post("/api/v1/objectives", lead, Map.of("cycleId", cycle, "ownerTeamId", team, "title", "Be the place to look"));
		var byOutsider = api.post("/api/v1/objectives", outsider, Map.of("cycleId", cycle, "ownerTeamId", team, "title", "Take over"));

		assertThat(byMember).hasStatus(201).bodyJson().extractingPath("$.visibility").isEqualTo("PUBLIC");
		assertThat(byLead).hasStatus(201);
		assertThat(byOutsider).hasStatus(403).bodyJson().extractingPath("$.detail").asString().contains("team");
		assertThat(api.put("/api/v1/objectives/" + Api.id(byMember), outsider,
				Map.of("title", "Mine now", "visibility", "PUBLIC", "version", 0))).hasStatus(403);
	}

	@Test
	void letsOnlyTheOwnerOrAnAdminChangeAPersonalObjective() {
		var owner = api.newPerson("Owner");
		var colleague = api.newPerson("Colleague");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "Become a better mentor");

		assertThat(api.delete("/api/v1/objectives/" + objective, colleague)).hasStatus(403);
		assertThat(api.post("/api/v1/objectives", colleague,
				Map.of("cycleId", cycle, "ownerPersonId", owner.personId(), "title", "Set for them"))).hasStatus(403);
		assertThat(api.put("/api/v1/objectives/" + objective, api.admin(),
				Map.of("title", "Become a mentor people seek out", "visibility", "PUBLIC", "version", 0))).hasStatusOk();
	}

	@Test
	void refusesTheSixthObjectiveAndExplainsWhyTheMethodLimitsThem() {
		var person = api.newPerson("Ambitious");
		long cycle = api.newCycle("ACTIVE");
		for (int i = 1; i <= 5; i++) {
			api.newPersonalObjective(person, cycle, "Objective " + "ABCDE".charAt(i - 1));
		}

		var sixth = api.post("/api/v1/objectives", person, Map.of("cycleId", cycle, "ownerPersonId", person.personId(), "title", "One more"));
		var sixthInChinese = api.post("/api/v1/objectives", person,
				Map.of("cycleId", cycle, "ownerPersonId", person.personId(), "title", "再来一个"), "Accept-Language", "zh-CN");

		assertThat(sixth).hasStatus(409).bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:objective-cap");
		assertThat(sixth).bodyJson().extractingPath("$.detail").asString().contains("at most 5").contains("focus");
		assertThat(sixthInChinese).bodyJson().extractingPath("$.detail").asString().contains("最多设定 5 个目标").contains("聚焦");
		assertThat(api.get("/api/v1/objectives?cycleId=" + cycle, person)).bodyJson().extractingPath("$.totalItems").isEqualTo(5);
	}

	@Test
	void freesASlotWhenAnObjectiveIsDeleted() {
		var person = api.newPerson("Pruner");
		long cycle = api.newCycle("ACTIVE");
		long first = api.newPersonalObjective(person, cycle, "Objective A");
		for (int i = 2; i <= 5; i++) {
			api.newPersonalObjective(person, cycle, "Objective " + "ABCDE".charAt(i - 1));
		}

		assertThat(api.delete("/api/v1/objectives/" + first, person)).hasStatus(204);

		assertThat(api.get("/api/v1/objectives/" + first, person)).hasStatus(404);
		assertThat(api.post("/api/v1/objectives", person,
				Map.of("cycleId", cycle, "ownerPersonId", person.personId(), "title", "Objective F"))).hasStatus(201);
	}

	@Test
	void hintsWhenAnObjectiveCarriesNumbersInEitherLanguage() {
		var person = api.newPerson("Hinted");
		long cycle = api.newCycle("ACTIVE");

		var numbers = api.post("/api/v1/objectives", person, Map.of("cycleId", cycle, "ownerPersonId", person.personId(),
				"title", "营收增长20%"), "Accept-Language", "zh-CN");
		var qualitative = api.post("/api/v1/objectives", person, Map.of("cycleId", cycle, "ownerPersonId", person.personId(),
				"title", "Make onboarding feel effortless in 2026"));

		assertThat(numbers).hasStatus(201).bodyJson().extractingPath("$.hints[0].code").isEqualTo("NUMBERS_IN_OBJECTIVE");
		assertThat(numbers).bodyJson().extractingPath("$.hints[0].message").asString().contains("关键结果");
		assertThat(qualitative).hasStatus(201).bodyJson().extractingPath("$.hints").asArray().isEmpty();
	}

	@Test
	void keepsAPrivateObjectiveAbsentForEveryoneButOwnerViewersAndAdmins() {
		var owner = api.newPerson("Private");
		var viewer = api.newPerson("Viewer");
		var stranger = api.newPerson("Stranger");
		long cycle = api.newCycle("ACTIVE");
		String title = Api.unique("Secret plan");
		var created = api.post("/api/v1/objectives", owner, Map.of("cycleId", cycle, "ownerPersonId", owner.personId(),
				"title", title, "visibility", "PRIVATE", "viewerIds", List.of(viewer.personId())));
		long id = Api.id(created);
		api.newPersonalObjective(stranger, cycle, "Something public");

		for (Session allowed : List.of(owner, viewer, api.admin())) {
			assertThat(api.get("/api/v1/objectives/" + id, allowed)).hasStatusOk();
			assertThat(api.get("/api/v1/objectives?q=" + title, allowed)).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
		}
		assertThat(api.get("/api/v1/objectives/" + id, stranger)).hasStatus(404);
		assertThat(api.get("/api/v1/objectives/" + id + "/history", stranger)).hasStatus(404);
		assertThat(api.get("/api/v1/objectives?q=" + title, stranger)).bodyJson().extractingPath("$.totalItems").isEqualTo(0);
		assertThat(api.get("/api/v1/objectives?cycleId=" + cycle, stranger)).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
		assertThat(api.get("/api/v1/cycles/" + cycle + "/overview", stranger)).bodyJson()
			.extractingPath("$.objectives[*].title").asArray().containsExactly("Something public");
		assertThat(api.get("/api/v1/objectives/" + id, viewer)).bodyJson().extractingPath("$.viewerIds")
			.asArray().containsExactly((int) viewer.personId());
	}

	@Test
	void showsATeamsPrivateObjectiveToItsMembers() {
		var member = api.newPerson("Insider");
		var outsider = api.newPerson("Outsider");
		long team = api.newTeam("Skunkworks", null, List.of(), List.of(member.personId()));
		long cycle = api.newCycle("ACTIVE");
		long id = Api.id(api.post("/api/v1/objectives", member,
				Map.of("cycleId", cycle, "ownerTeamId", team, "title", "Quiet launch", "visibility", "PRIVATE")));

		assertThat(api.get("/api/v1/objectives/" + id, member)).hasStatusOk();
		assertThat(api.get("/api/v1/objectives/" + id, outsider)).hasStatus(404);
	}

	@Test
	void refusesAStaleVersionAndChangesNothing() {
		var person = api.newPerson("Editor");
		long cycle = api.newCycle("ACTIVE");
		long id = api.newPersonalObjective(person, cycle, "First wording");
		assertThat(api.put("/api/v1/objectives/" + id, person, Map.of("title", "Second wording", "visibility", "PUBLIC", "version", 0)))
			.hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(1);

		var stale = api.put("/api/v1/objectives/" + id, person, Map.of("title", "Lost wording", "visibility", "PUBLIC", "version", 0));

		assertThat(stale).hasStatus(409).bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:stale-version");
		assertThat(api.get("/api/v1/objectives/" + id, person)).bodyJson().extractingPath("$.title").isEqualTo("Second wording");
	}

	@Test
	void keepsAClosedCycleReadOnly() {
		var person = api.newPerson("Late");
		long cycle = api.newCycle("ACTIVE");
		long id = api.newPersonalObjective(person, cycle, "Finish strong");
		var current = api.get("/api/v1/cycles/" + cycle, api.admin());
		api.put("/api/v1/cycles/" + cycle, api.admin(), Map.of("name", Api.read(current, "$.name"), "startsOn", "2026-10-01",
				"endsOn", "2026-12-31", "state", "CLOSED", "version", 0));

		assertThat(api.post("/api/v1/objectives", person, Map.of("cycleId", cycle, "ownerPersonId", person.personId(), "title", "Too late")))
			.hasStatus(409).bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:cycle-closed");
		assertThat(api.put("/api/v1/objectives/" + id, person, Map.of("title", "Rewrite history", "visibility", "PUBLIC", "version", 0)))
			.hasStatus(409);
		assertThat(api.get("/api/v1/objectives/" + id, person)).hasStatusOk();
	}

	@Test
	void searchesByTextTeamPersonAndCyclePageByPage() {
		var person = api.newPerson("Searcher");
		long team = api.newTeam("Findable", null, List.of(person.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");
		long otherCycle = api.newCycle("ACTIVE");
		String word = Api.unique("Lighthouse");
		api.newTeamObjective(person, cycle, team, word + " for the team");
		api.newPersonalObjective(person, cycle, "Personal " + word.toLowerCase());
		api.newPersonalObjective(person, otherCycle, word + " next quarter");
		Map<String, Object> withDescription = new HashMap<>(Map.of("cycleId", cycle, "ownerPersonId", person.personId(),
				"title", "Described", "description", "guided by the " + word));
		api.post("/api/v1/objectives", person, withDescription);

		assertThat(api.get("/api/v1/objectives?cycleId=" + cycle + "&q=" + word.toUpperCase(), person)).bodyJson()
			.extractingPath("$.totalItems").isEqualTo(3);
		assertThat(api.get("/api/v1/objectives?q=" + word + "&ownerTeamId=" + team, person)).bodyJson()
			.extractingPath("$.items[*].ownerTeamId").asArray().containsExactly((int) team);
		assertThat(api.get("/api/v1/objectives?q=" + word + "&ownerPersonId=" + person.personId() + "&cycleId=" + otherCycle, person))
			.bodyJson().extractingPath("$.totalItems").isEqualTo(1);
		var firstPage = api.get("/api/v1/objectives?q=" + word + "&size=2", person);
		assertThat(firstPage).bodyJson().extractingPath("$.items.length()").isEqualTo(2);
		assertThat(firstPage).bodyJson().extractingPath("$.totalPages").isEqualTo(2);
	}

	@Test
	void letsAnAdminRaiseTheCapsForEveryone() {
		var person = api.newPerson("Bench");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(person, cycle, "Measured widely");
		var caps = api.get("/api/v1/policy/caps", person);
		assertThat(caps).bodyJson().extractingPath("$.maxKeyResultsPerObjective").isEqualTo(4);
		int version = Api.read(caps, "$.version");
		assertThat(api.put("/api/v1/policy/caps", person,
				Map.of("maxObjectivesPerOwner", 5, "maxKeyResultsPerObjective", 6, "version", version))).hasStatus(403);

		try {
			assertThat(api.put("/api/v1/policy/caps", api.admin(),
					Map.of("maxObjectivesPerOwner", 5, "maxKeyResultsPerObjective", 6, "version", version))).hasStatusOk();
			for (int i = 0; i < 6; i++) {
				api.newKeyResult(person, objective, "MILESTONE", null, null);
			}
			assertThat(api.get("/api/v1/objectives/" + objective, person)).bodyJson().extractingPath("$.keyResults.length()").isEqualTo(6);
		}
		finally {
			api.put("/api/v1/policy/caps", api.admin(),
					Map.of("maxObjectivesPerOwner", 5, "maxKeyResultsPerObjective", 4, "version", version + 1));
		}
		assertThat(api.put("/api/v1/policy/caps", api.admin(),
				Map.of("maxObjectivesPerOwner", 50, "maxKeyResultsPerObjective", 4, "version", version + 2))).hasStatus(400);
	}
}
