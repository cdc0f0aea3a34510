package dev.lodestar.scoring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@RecordApplicationEvents
class ScoresApiIntegrationTests extends ApiIntegrationTest {

	@Autowired
	private ApplicationEvents events;

	private static String score(long keyResult) {
		return "/api/v1/key-results/" + keyResult + "/score";
	}

	private static Map<String, Object> scoring(Object score, String reason, Object weight, int version) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("score", score);
		body.put("reason", reason);
		body.put("weight", weight);
		body.put("version", version);
		return body;
	}

	@Test
	void scoresTheObjectiveAsTheWeightedMeanOfItsScoredKeyResults() {
		var owner = api.newPerson("Scorer");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Customers love the product");
		long small = api.newKeyResult(owner, objective, "INCREASE", 0, 10);
		long big = api.newKeyResult(owner, objective, "INCREASE", 0, 10);
		api.newKeyResult(owner, objective, "MILESTONE", null, null);

		assertThat(api.put(score(small), owner, scoring(0.6, "most of it", null, 0))).hasStatus(200).bodyJson()
			.extractingPath("$.band").isEqualTo("HEALTHY");
		assertThat(api.put(score(big), owner, scoring(0.9, "nearly all", 2, 0))).hasStatus(200);

		var shown = api.get("/api/v1/objectives/" + objective + "/score", owner);
		assertThat(shown).bodyJson().extractingPath("$.score").isEqualTo(0.8);
		assertThat(shown).bodyJson().extractingPath("$.band").isEqualTo("SAFE");
		assertThat(shown).bodyJson().extractingPath("$.unscoredKeyResults").isEqualTo(1);
		assertThat(shown).bodyJson().extractingPath("$.keyResults[1].score.weight").isEqualTo(2);
		assertThat(shown).bodyJson().extractingPath("$.keyResults[2].score").isNull();
	}

	@Test
	void keepsEveryScoreAndRefusesOneThatReplacesAnOutdatedVersion() {
		var owner = api.newPerson("Reviser");
		long keyResult = api.newKeyResult(owner, api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Learn"), "INCREASE", 0, 10);

		assertThat(api.score(owner, keyResult, "0.5", 0)).hasStatus(200).bodyJson().extractingPath("$.version").isEqualTo(1);
		assertThat(api.score(owner, keyResult, "0.7", 1)).hasStatus(200).bodyJson().extractingPath("$.version").isEqualTo(2);
		var stale = api.score(owner, keyResult, "0.9", 1);

		assertThat(stale).hasStatus(409);
		assertThat(api.get(score(keyResult) + "s", owner)).bodyJson().extractingPath("$[*].score").asArray()
			.containsExactly(0.7, 0.5);
	}

	@Test
	void refusesScoresOutsideZeroToOneOrFinerThanATenthAndLongReasonsAndChangesNothing() {
		var owner = api.newPerson("Precise");
		long keyResult = api.newKeyResult(owner, api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Exact"), "INCREASE", 0, 10);

		var tooHigh = api.put(score(keyResult), owner, scoring(1.05, "over", null, 0));
		var between = api.put(score(keyResult), owner, scoring(0.55, "between", null, 0));
		var essay = api.put(score(keyResult), owner, scoring(0.6, "x".repeat(5000), null, 0));
		var negative = api.put(score(keyResult), owner, scoring(-0.1, "below", null, 0));
		var noReason = api.put(score(keyResult), owner, scoring(0.6, " ", null, 0));

		assertThat(tooHigh).hasStatus(400).hasContentType("application/problem+json").bodyJson()
			.extractingPath("$.errors[*].field").asArray().contains("score");
		assertThat(tooHigh).bodyJson().extractingPath("$.errors[0].message").isEqualTo("must be between 0.0 and 1.0");
		assertThat(between).hasStatus(400).bodyJson().extractingPath("$.errors[0].message")
			.isEqualTo("must be a multiple of 0.1, such as 0.6 or 0.7");
		assertThat(essay).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
		assertThat(negative).hasStatus(400);
		assertThat(noReason).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
		assertThat(api.get(score(keyResult) + "s", owner)).bodyJson().extractingPath("$").asArray().isEmpty();
	}

	@Test
	void explainsARefusedScoreInChinese() {
		var owner = api.newPerson("Zhang");
		api.speaksChinese(owner);
		long keyResult = api.newKeyResult(owner, api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "精确"), "INCREASE", 0, 10);

		assertThat(api.put(score(keyResult), owner, scoring(0.55, "介于之间", null, 0))).hasStatus(400).bodyJson()
			.extractingPath("$.errors[0].message").isEqualTo("必须是 0.1 的整数倍，例如 0.6 或 0.7");
	}

	@Test
	void letsOnlyTheKeyResultsOwnersScoreItAndHidesPrivateScores() {
		var owner = api.newPerson("Owner");
		var colleague = api.newPerson("Colleague");
		long cycle = api.newCycle("ACTIVE");
		long keyResult = api.newKeyResult(owner, api.newPersonalObjective(owner, cycle, "Mine"), "INCREASE", 0, 10);
		var hidden = api.post("/api/v1/objectives", owner,
				Map.of("cycleId", cycle, "ownerPersonId", owner.personId(), "title", "Secret", "visibility", "PRIVATE"));
		long secret = api.newKeyResult(owner, Api.id(hidden), "INCREASE", 0, 10);
		api.score(owner, secret, "0.6", 0);

		assertThat(api.score(colleague, keyResult, "0.7", 0)).hasStatus(403);
		assertThat(api.get(score(secret) + "s", colleague)).hasStatus(404);
		assertThat(api.get("/api/v1/objectives/" + Api.id(hidden) + "/score", colleague)).hasStatus(404);
		assertThat(api.get(score(keyResult) + "s", owner)).bodyJson().extractingPath("$").asArray().isEmpty();
	}

	@Test
	void forecastsMidCycleAndScoresFinallyInTheCyclesLastWeek() {
		var owner = api.newPerson("Timely");
		LocalDate today = LocalDate.now();
		long running = api.newCycle("ACTIVE", today.minusDays(30).toString(), today.plusDays(30).toString());
		long ending = api.newCycle("ACTIVE", today.minusDays(80).toString(), today.plusDays(3).toString());
		long midway = api.newKeyResult(owner, api.newPersonalObjective(owner, running, "Midway"), "INCREASE", 0, 10);
		long last = api.newKeyResult(owner, api.newPersonalObjective(owner, ending, "Last week"), "INCREASE", 0, 10);

		assertThat(api.score(owner, midway, "0.4", 0)).bodyJson().extractingPath("$.kind").isEqualTo("FORECAST");
		assertThat(api.score(owner, last, "0.7", 0)).bodyJson().extractingPath("$.kind").isEqualTo("FINAL");
	}

	@Test
	void refusesScoresInAClosedCycle() {
		var owner = api.newPerson("Late");
		long cycle = api.newCycle("ACTIVE");
		long keyResult = api.newKeyResult(owner, api.newPersonalObjective(owner, cycle, "Done"), "INCREASE", 0, 10);
		api.score(owner, keyResult, "0.6", 0);
		var shown = api.get("/api/v1/cycles/" + cycle, api.admin());
		Map<String, Object> closing = new LinkedHashMap<>();
		closing.put("name", Api.read(shown, "$.name"));
		closing.put("startsOn", Api.read(shown, "$.startsOn"));
		closing.put("endsOn", Api.read(shown, "$.endsOn"));
		closing.put("state", "CLOSED");
		closing.put("version", Api.read(shown, "$.version"));
		assertThat(api.put("/api/v1/cycles/" + cycle, api.admin(), closing)).hasStatus(200);

		assertThat(api.score(owner, keyResult, "0.7", 1)).hasStatus(409).bodyJson().extractingPath("$.type")
			.isEqualTo("urn:lodestar:problem:cycle-closed");
		assertThat(api.get(score(keyResult) + "s", owner)).bodyJson().extractingPath("$[*].score").asArray()
			.containsExactly(0.6);
	}

	@Test
	void tellsOtherModulesThatAKeyResultWasScoredWithoutTellingTheScore() {
		var owner = api.newPerson("Announcer");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "Heard");
		long keyResult = api.newKeyResult(owner, objective, "INCREASE", 0, 10);

		long scoreId = Api.id(api.score(owner, keyResult, "0.6", 0));

		assertThat(events.stream(ScoreRecorded.class)).singleElement().satisfies(recorded -> {
			assertThat(recorded.scoreId()).isEqualTo(scoreId);
			assertThat(recorded.keyResultId()).isEqualTo(keyResult);
			assertThat(recorded.objectiveId()).isEqualTo(objective);
			assertThat(recorded.cycleId()).isEqualTo(cycle);
			assertThat(recorded.authorId()).isEqualTo(owner.personId());
			assertThat(recorded.finalScore()).isFalse();
		});
	}
}
