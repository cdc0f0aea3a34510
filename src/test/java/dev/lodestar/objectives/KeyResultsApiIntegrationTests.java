package dev.lodestar.objectives;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class KeyResultsApiIntegrationTests extends ApiIntegrationTest {

	private Map<String, Object> keyResult(String title, String kind, Object start, Object target, long owner) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("kind", kind);
		body.put("start", start);
		body.put("target", target);
		body.put("unit", kind.equals("INCREASE") || kind.equals("DECREASE") ? "ms" : null);
		body.put("ownerPersonId", owner);
		return body;
	}

	@Test
	void addsKeyResultsOfEveryKind() {
		var person = api.newPerson("Measurer");
		long objective = api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Fast pages everywhere");
		String uri = "/api/v1/objectives/" + objective + "/key-results";

		assertThat(api.post(uri, person, keyResult("Active users", "INCREASE", 100, 250, person.personId()))).hasStatus(201);
		assertThat(api.post(uri, person, keyResult("Median page time", "DECREASE", 800, 200, person.personId()))).hasStatus(201);
		assertThat(api.post(uri, person, keyResult("Share of pages under 1 s", "PERCENTAGE", null, 95, person.personId())))
			.hasStatus(201).bodyJson().extractingPath("$.unit").isEqualTo("%");
		assertThat(api.post(uri, person, keyResult("Budget agreed with finance", "MILESTONE", null, null, person.personId())))
			.hasStatus(201).bodyJson().extractingPath("$.done").isEqualTo(false);

		assertThat(api.get("/api/v1/objectives/" + objective, person)).bodyJson()
			.extractingPath("$.keyResults[*].position").asArray().containsExactly(1, 2, 3, 4);
	}

	@Test
	void refusesAKeyResultWhoseTargetCannotBeReached() {
		var person = api.newPerson("Strict");
		long objective = api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Rules hold");
		String uri = "/api/v1/objectives/" + objective + "/key-results";

		assertThat(api.post(uri, person, keyResult("Flat", "INCREASE", 10, 10, person.personId()))).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("target");
		assertThat(api.post(uri, person, keyResult("Backwards", "INCREASE", 10, 5, person.personId()))).hasStatus(400);
		assertThat(api.post(uri, person, keyResult("Upwards", "DECREASE", 5, 10, person.personId()))).hasStatus(400);
		assertThat(api.post(uri, person, keyResult("Too much", "PERCENTAGE", 0, 120, person.personId()))).hasStatus(400);
		assertThat(api.post(uri, person, keyResult("No start", "INCREASE", null, 10, person.personId()))).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("start");
		assertThat(api.post(uri, person, keyResult("Numbered milestone", "MILESTONE", 0, 1, person.personId()))).hasStatus(400);
		assertThat(api.get("/api/v1/objectives/" + objective, person)).bodyJson().extractingPath("$.keyResults").asArray().isEmpty();
	}

	@Test
	void refusesTheFifthKeyResultAndExplainsWhy() {
		var person = api.newPerson("Focused");
		long objective = api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Do less, better");
		for (int i = 0; i < 4; i++) {
			api.newKeyResult(person, objective, "INCREASE", 0, 10);
		}

		var fifth = api.post("/api/v1/objectives/" + objective + "/key-results", person,
				keyResult("One more", "INCREASE", 0, 10, person.personId()));

		assertThat(fifth).hasStatus(409).bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:key-result-cap");
		assertThat(fifth).bodyJson().extractingPath("$.detail").asString().contains("at most 4 key results");
	}

	@Test
	void hintsWhenAKeyResultNamesAnActivity() {
		var person = api.newPerson("Doer");
		long objective = api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Customers love support");
		String uri = "/api/v1/objectives/" + objective + "/key-results";

		assertThat(api.post(uri, person, keyResult("Hold 3 workshops", "INCREASE", 0, 3, person.personId())))
			.bodyJson().extractingPath("$.hints[0].code").isEqualTo("ACTIVITY_WORDING");
		assertThat(api.post(uri, person, keyResult("举办三场客户活动", "MILESTONE", null, null, person.personId())))
			.bodyJson().extractingPath("$.hints[0].code").isEqualTo("ACTIVITY_WORDING");
		assertThat(api.post(uri, person, keyResult("Customers rating support 9+", "INCREASE", 40, 70, person.personId())))
			.bodyJson().extractingPath("$.hints").asArray().isEmpty();
	}

	@Test
	void movesAKeyResultWithinItsCycleButNeverToAnotherCycle() {
		var person = api.newPerson("Mover");
		long cycle = api.newCycle("ACTIVE");
		long from = api.newPersonalObjective(person, cycle, "Where it was");
		long to = api.newPersonalObjective(person, cycle, "Where it fits");
		long elsewhere = api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Another quarter");
		long keyResult = api.newKeyResult(person, from, "INCREASE", 0, 10);
		api.post("/api/v1/key-results/" + keyResult + "/check-ins", person, Map.of("value", 4, "confidence", 6));
		var current = api.get("/api/v1/key-results/" + keyResult, person);
		Map<String, Object> revision = new HashMap<>(Map.of("title", Api.read(current, "$.title"), "kind", "INCREASE",
				"start", 0, "target", 10, "unit", "customers", "ownerPersonId", person.personId(), "version", 0));

		revision.put("objectiveId", elsewhere);
		assertThat(api.put("/api/v1/key-results/" + keyResult, person, revision)).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("objectiveId");
		assertThat(api.get("/api/v1/key-results/" + keyResult, person)).bodyJson().extractingPath("$.objectiveId").isEqualTo((int) from);

		revision.put("objectiveId", to);
		var moved = api.put("/api/v1/key-results/" + keyResult, person, revision);
		assertThat(moved).hasStatusOk().bodyJson().extractingPath("$.objectiveId").isEqualTo((int) to);
		assertThat(moved).bodyJson().extractingPath("$.current").isEqualTo(4);
		assertThat(api.get("/api/v1/objectives/" + to, person)).bodyJson().extractingPath("$.progress").isEqualTo(40);
	}

	@Test
	void keepsTheKindOfAKeyResult() {
		var person = api.newPerson("Kind");
		long keyResult = api.newKeyResult(person, api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Stable"), "INCREASE", 0, 10);

		var changed = api.put("/api/v1/key-results/" + keyResult, person,
				keyResultRevision("MILESTONE", null, null, person.personId(), 0));

		assertThat(changed).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("kind");
	}

	@Test
	void refusesAStaleVersionOfAKeyResult() {
		var person = api.newPerson("Racer");
		long keyResult = api.newKeyResult(person, api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Racy"), "INCREASE", 0, 10);
		assertThat(api.put("/api/v1/key-results/" + keyResult, person, keyResultRevision("INCREASE", 0, 20, person.personId(), 0)))
			.hasStatusOk();

		assertThat(api.put("/api/v1/key-results/" + keyResult, person, keyResultRevision("INCREASE", 0, 30, person.personId(), 0)))
			.hasStatus(409);
		assertThat(api.get("/api/v1/key-results/" + keyResult, person)).bodyJson().extractingPath("$.target").isEqualTo(20);
	}

	@Test
	void letsAKeyResultOwnerCheckInButNotRedefineIt() {
		var objectiveOwner = api.newPerson("ObjectiveOwner");
		var keyResultOwner = api.newPerson("KeyResultOwner");
		long objective = api.newPersonalObjective(objectiveOwner, api.newCycle("ACTIVE"), "Shared work");
		long keyResult = Api.id(api.post("/api/v1/objectives/" + objective + "/key-results", objectiveOwner,
				keyResult("Signed partners", "INCREASE", 0, 4, keyResultOwner.personId())));

		assertThat(api.post("/api/v1/key-results/" + keyResult + "/check-ins", keyResultOwner, Map.of("value", 1, "confidence", 6)))
			.hasStatus(201);
		assertThat(api.put("/api/v1/key-results/" + keyResult, keyResultOwner,
				keyResultRevision("INCREASE", 0, 2, keyResultOwner.personId(), 0))).hasStatus(403);
		assertThat(api.delete("/api/v1/key-results/" + keyResult, keyResultOwner)).hasStatus(403);
	}

	@Test
	void removesAKeyResultWithItsCheckIns() {
		var person = api.newPerson("Remover");
		long objective = api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Lean");
		long keyResult = api.newKeyResult(person, objective, "INCREASE", 0, 10);
		api.post("/api/v1/key-results/" + keyResult + "/check-ins", person, Map.of("value", 3, "confidence", 5));

		assertThat(api.delete("/api/v1/key-results/" + keyResult, person)).hasStatus(204);

		assertThat(api.get("/api/v1/key-results/" + keyResult, person)).hasStatus(404);
		assertThat(api.get("/api/v1/key-results/" + keyResult + "/check-ins", person)).hasStatus(404);
		assertThat(api.get("/api/v1/objectives/" + objective, person)).bodyJson().extractingPath("$.keyResults").asArray().isEmpty();
	}

	private Map<String, Object> keyResultRevision(String kind, Object start, Object target, long owner, int version) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", "Revised");
		body.put("kind", kind);
		body.put("start", start);
		body.put("target", target);
		body.put("unit", kind.equals("MILESTONE") ? null : "customers");
		body.put("ownerPersonId", owner);
		body.put("version", version);
		return body;
	}

	@Test
	void refusesAnOwnerWhoIsNotAnActivePerson() {
		var person = api.newPerson("Assigner");
		long objective = api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Owned");

		var refused = api.post("/api/v1/objectives/" + objective + "/key-results", person,
				keyResult("Ghost owned", "INCREASE", 0, 10, 987654321L));

		assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("ownerPersonId");
		assertThat(api.get("/api/v1/objectives/" + objective, person)).bodyJson().extractingPath("$.keyResults").asArray().isEmpty();
	}
}
