package dev.lodestar.audit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryApiIntegrationTests extends ApiIntegrationTest {

	@Test
	void recordsWhoChangedWhatWhenFromOldToNewNewestFirst() {
		var person = api.newPerson("Historian");
		long objective = api.newPersonalObjective(person, api.newCycle("ACTIVE"), "First words");
		api.put("/api/v1/objectives/" + objective, person, Map.of("title", "Better words", "visibility", "PUBLIC", "version", 0));
		long keyResult = api.newKeyResult(person, objective, "INCREASE", 0, 10);
		api.post("/api/v1/key-results/" + keyResult + "/check-ins", person, Map.of("value", 4, "confidence", 7, "note", "on track"));

		var history = api.get("/api/v1/objectives/" + objective + "/history", person);

		assertThat(history).hasStatusOk().bodyJson().extractingPath("$.items[*].action").asArray()
			.containsExactly("CHECKED_IN", "CREATED", "UPDATED", "CREATED");
		assertThat(history).bodyJson().extractingPath("$.items[*].subjectType").asArray()
			.containsExactly("CHECK_IN", "KEY_RESULT", "OBJECTIVE", "OBJECTIVE");
		assertThat(history).bodyJson().extractingPath("$.items[*].actorId").asArray().containsOnly((int) person.personId());
		assertThat(history).bodyJson().extractingPath("$.items[2].changes").isEqualTo(
				List.of(Map.of("field", "title", "before", "First words", "after", "Better words")));
		assertThat(history).bodyJson().extractingPath("$.items[0].changes[?(@.field == 'value')].after").asArray().containsExactly(4);
		assertThat(history).bodyJson().extractingPath("$.items[0].at").asString().isNotBlank();
	}

	@Test
	void keepsTheHistoryOfADeletedKeyResult() {
		var person = api.newPerson("Keeper");
		long objective = api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Remembered");
		long keyResult = api.newKeyResult(person, objective, "MILESTONE", null, null);

		api.delete("/api/v1/key-results/" + keyResult, person);

		var history = api.get("/api/v1/objectives/" + objective + "/history", person);
		assertThat(history).bodyJson().extractingPath("$.items[0].action").isEqualTo("DELETED");
		assertThat(history).bodyJson().extractingPath("$.items[0].subjectId").isEqualTo((int) keyResult);
	}

	@Test
	void recordsNothingForARefusedChange() {
		var person = api.newPerson("Refused");
		long objective = api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Steady");

		api.put("/api/v1/objectives/" + objective, person, Map.of("title", "", "visibility", "PUBLIC", "version", 0));
		api.put("/api/v1/objectives/" + objective, person, Map.of("title", "Stale", "visibility", "PUBLIC", "version", 7));

		assertThat(api.get("/api/v1/objectives/" + objective + "/history", person)).bodyJson()
			.extractingPath("$.totalItems").isEqualTo(1);
	}

	@Test
	void showsAdminsTheHistoryOfPeopleTeamsAndCyclesButNobodyElse() {
		var person = api.newPerson("Tracked");
		long team = api.newTeam("Tracked team", null, List.of(), List.of(person.personId()));

		var teamHistory = api.get("/api/v1/history?subjectType=TEAM&subjectId=" + team, api.admin());
		var personHistory = api.get("/api/v1/history?subjectType=person&subjectId=" + person.personId(), api.admin());

		assertThat(teamHistory).hasStatusOk().bodyJson().extractingPath("$.items[0].changes[?(@.field == 'memberIds')].after[0]")
			.asArray().containsExactly((int) person.personId());
		assertThat(personHistory).bodyJson().extractingPath("$.items[0].changes[*].field").asArray().doesNotContain("password");
		assertThat(api.get("/api/v1/history?subjectType=TEAM&subjectId=" + team, person)).hasStatus(403);
	}

	@Test
	void notesThatAPasswordChangedWithoutKeepingIt() {
		var person = api.newPerson("Secretive");
		var current = api.get("/api/v1/people/me", person);
		api.put("/api/v1/people/" + person.personId(), person, Map.of("name", Api.read(current, "$.name"), "email",
				Api.read(current, "$.email"), "locale", "en", "admin", false, "active", true, "password", "new-password-1",
				"version", 0));

		var history = api.get("/api/v1/history?subjectType=PERSON&subjectId=" + person.personId(), api.admin());

		assertThat(history).bodyJson().extractingPath("$.items[0].changes[*].field").asArray().containsExactly("password");
		assertThat(history).bodyJson().extractingPath("$.items[0].changes[0].after").isNull();
		assertThat(Api.body(history)).doesNotContain("new-password-1");
	}
}
