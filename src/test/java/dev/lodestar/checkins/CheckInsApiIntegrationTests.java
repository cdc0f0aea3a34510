package dev.lodestar.checkins;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInsApiIntegrationTests extends ApiIntegrationTest {

	private String checkIns(long keyResult) {
		return "/api/v1/key-results/" + keyResult + "/check-ins";
	}

	@Test
	void keepsEveryCheckInAndLetsTheLatestDecideWhereTheKeyResultStands() {
		var person = api.newPerson("Weekly");
		long objective = api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Customers come back");
		long keyResult = api.newKeyResult(person, objective, "INCREASE", 100, 200);

		api.post(checkIns(keyResult), person, Map.of("value", 120, "confidence", 5, "note", "slow start"));
		api.post(checkIns(keyResult), person, Map.of("value", 150, "confidence", 7, "note", "campaign worked"));
		var latest = api.post(checkIns(keyResult), person, Map.of("value", 140, "confidence", 6));

		assertThat(latest).hasStatus(201).bodyJson().extractingPath("$.progress").isEqualTo(40);
		var history = api.get(checkIns(keyResult), person);
		assertThat(history).bodyJson().extractingPath("$.items[*].value").asArray().containsExactly(140, 150, 120);
		assertThat(history).bodyJson().extractingPath("$.items[*].note").asArray().containsExactly("", "campaign worked", "slow start");
		var shown = api.get("/api/v1/key-results/" + keyResult, person);
		assertThat(shown).bodyJson().extractingPath("$.current").isEqualTo(140);
		assertThat(shown).bodyJson().extractingPath("$.confidence").isEqualTo(6);
		assertThat(shown).bodyJson().extractingPath("$.lastCheckIn.value").isEqualTo(140);
	}

	@Test
	void measuresProgressTowardTheTargetClampedAndRollsItUpToTheObjective() {
		var person = api.newPerson("Progress");
		long objective = api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Quicker, leaner, done");
		long faster = api.newKeyResult(person, objective, "DECREASE", 800, 200);
		long overshoot = api.newKeyResult(person, objective, "INCREASE", 0, 10);
		long milestone = api.newKeyResult(person, objective, "MILESTONE", null, null);
		long share = api.newKeyResult(person, objective, "PERCENTAGE", null, 50);

		assertThat(api.post(checkIns(faster), person, Map.of("value", 500, "confidence", 6))).bodyJson()
			.extractingPath("$.progress").isEqualTo(50);
		assertThat(api.post(checkIns(faster), person, Map.of("value", 900, "confidence", 3))).bodyJson()
			.extractingPath("$.progress").isEqualTo(0);
		assertThat(api.post(checkIns(overshoot), person, Map.of("value", 14, "confidence", 10))).bodyJson()
			.extractingPath("$.progress").isEqualTo(100);
		assertThat(api.post(checkIns(milestone), person, Map.of("done", true, "confidence", 10))).bodyJson()
			.extractingPath("$.progress").isEqualTo(100);
		assertThat(api.post(checkIns(share), person, Map.of("value", 12.5, "confidence", 4))).bodyJson()
			.extractingPath("$.progress").isEqualTo(25);

		assertThat(api.get("/api/v1/objectives/" + objective, person)).bodyJson().extractingPath("$.progress").isEqualTo(56.3);
	}

	@Test
	void asksAMilestoneForDoneAndANumberForAValue() {
		var person = api.newPerson("Kinds");
		long objective = api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Shipped");
		long milestone = api.newKeyResult(person, objective, "MILESTONE", null, null);
		long share = api.newKeyResult(person, objective, "PERCENTAGE", null, 50);

		assertThat(api.post(checkIns(milestone), person, Map.of("value", 1, "confidence", 5))).hasStatus(400)
			.bodyJson().extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("done", "value");
		assertThat(api.post(checkIns(share), person, Map.of("value", 101, "confidence", 5))).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("value");
		assertThat(api.post(checkIns(share), person, Map.of("done", true, "confidence", 5))).hasStatus(400);
		assertThat(api.get(checkIns(milestone), person)).bodyJson().extractingPath("$.totalItems").isEqualTo(0);
	}

	@Test
	void recordsARetriedCheckInOnceAndAnswersTheSame() {
		var person = api.newPerson("Retrier");
		long keyResult = api.newKeyResult(person, api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Once"), "INCREASE", 0, 10);
		String key = Api.unique("retry");

		var first = api.post(checkIns(keyResult), person, Map.of("value", 3, "confidence", 6), "Idempotency-Key", key);
		var retry = api.post(checkIns(keyResult), person, Map.of("value", 3, "confidence", 6), "Idempotency-Key", key);

		assertThat(first).hasStatus(201);
		assertThat(retry).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
		assertThat(Api.body(retry)).isEqualTo(Api.body(first));
		assertThat(api.get(checkIns(keyResult), person)).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
	}

	@Test
	void refusesAnIdempotencyKeyReusedForADifferentRequest() {
		var person = api.newPerson("Reuser");
		long keyResult = api.newKeyResult(person, api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Keys"), "INCREASE", 0, 10);
		String key = Api.unique("reused");
		api.post(checkIns(keyResult), person, Map.of("value", 3, "confidence", 6), "Idempotency-Key", key);

		var different = api.post(checkIns(keyResult), person, Map.of("value", 4, "confidence", 6), "Idempotency-Key", key);

		assertThat(different).hasStatus(422).bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:idempotency-key-reused");
		assertThat(api.get(checkIns(keyResult), person)).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
	}

	@Test
	void scopesIdempotencyKeysToTheirPerson() {
		var one = api.newPerson("One");
		var two = api.newPerson("Two");
		long team = api.newTeam("Pair", null, List.of(), List.of(one.personId(), two.personId()));
		long objective = api.newTeamObjective(one, api.newCycle("ACTIVE"), team, "Together");
		long keyResult = api.newKeyResult(one, objective, "INCREASE", 0, 10);
		String key = Api.unique("shared");

		api.post(checkIns(keyResult), one, Map.of("value", 3, "confidence", 6), "Idempotency-Key", key);
		api.post(checkIns(keyResult), two, Map.of("value", 3, "confidence", 6), "Idempotency-Key", key);

		assertThat(api.get(checkIns(keyResult), one)).bodyJson().extractingPath("$.totalItems").isEqualTo(2);
	}

	@Test
	void letsOnlyOwnersAndEditorsCheckIn() {
		var owner = api.newPerson("Owner");
		var bystander = api.newPerson("Bystander");
		long keyResult = api.newKeyResult(owner, api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Mine"), "INCREASE", 0, 10);

		assertThat(api.post(checkIns(keyResult), bystander, Map.of("value", 3, "confidence", 6))).hasStatus(403);
		assertThat(api.get(checkIns(keyResult), bystander)).hasStatusOk();
		assertThat(api.post(checkIns(keyResult), api.admin(), Map.of("value", 3, "confidence", 6))).hasStatus(201);
	}

	@Test
	void hidesCheckInsOfAPrivateObjective() {
		var owner = api.newPerson("Discreet");
		var stranger = api.newPerson("Curious");
		long objective = Api.id(api.post("/api/v1/objectives", owner, Map.of("cycleId", api.newCycle("ACTIVE"),
				"ownerPersonId", owner.personId(), "title", "Quiet", "visibility", "PRIVATE")));
		long keyResult = api.newKeyResult(owner, objective, "INCREASE", 0, 10);

		assertThat(api.get(checkIns(keyResult), stranger)).hasStatus(404);
		assertThat(api.post(checkIns(keyResult), stranger, Map.of("value", 3, "confidence", 6))).hasStatus(404);
		assertThat(api.get("/api/v1/key-results/" + keyResult, stranger)).hasStatus(404);
	}

	@Test
	void refusesCheckInsInAClosedCycle() {
		var person = api.newPerson("Closer");
		long cycle = api.newCycle("ACTIVE");
		long keyResult = api.newKeyResult(person, api.newPersonalObjective(person, cycle, "Done"), "INCREASE", 0, 10);
		String name = Api.read(api.get("/api/v1/cycles/" + cycle, person), "$.name");
		api.put("/api/v1/cycles/" + cycle, api.admin(),
				Map.of("name", name, "startsOn", "2026-10-01", "endsOn", "2026-12-31", "state", "CLOSED", "version", 0));

		assertThat(api.post(checkIns(keyResult), person, Map.of("value", 3, "confidence", 6))).hasStatus(409)
			.bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:cycle-closed");
	}

	@Test
	void showsOneCheckInAtItsLocation() {
		var person = api.newPerson("Located");
		long keyResult = api.newKeyResult(person, api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Here"), "INCREASE", 0, 10);
		var created = api.post(checkIns(keyResult), person, Map.of("value", 3, "confidence", 6, "note", "found"));

		var shown = api.get(created.getResponse().getHeader("Location"), person);

		assertThat(shown).hasStatusOk().bodyJson().extractingPath("$.note").isEqualTo("found");
	}

	static Map<String, Object> checkIn(Object value, Object confidence) {
		Map<String, Object> body = new HashMap<>();
		body.put("value", value);
		body.put("confidence", confidence);
		return body;
	}

	@Test
	void answersOnlyToThePersonWhoCheckedIn() {
		Session person = api.newPerson("Author");
		long keyResult = api.newKeyResult(person, api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Authored"), "INCREASE", 0, 10);

		var created = api.post(checkIns(keyResult), person, checkIn(2, 7));

		assertThat(created).bodyJson().extractingPath("$.authorId").isEqualTo((int) person.personId());
	}
}
