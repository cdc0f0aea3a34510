package dev.lodestar.platform;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input gets a 4xx problem with a clear message, and nothing is saved: after each refusal
 * the objective, its key result and its history are exactly as before.
 */
class BadInputApiIntegrationTests extends ApiIntegrationTest {

	private Session person;

	private long cycle;

	private long objective;

	private long keyResult;

	@BeforeEach
	void anObjectiveWithAKeyResult() {
		person = api.newPerson("Careful");
		cycle = api.newCycle("ACTIVE");
		objective = api.newPersonalObjective(person, cycle, "Sturdy software");
		keyResult = api.newKeyResult(person, objective, "INCREASE", 0, 10);
	}

	private String snapshot() {
		return Api.body(api.get("/api/v1/objectives/" + objective, person))
				+ Api.body(api.get("/api/v1/objectives/" + objective + "/history", person))
				+ Api.body(api.get("/api/v1/objectives?cycleId=" + cycle, person));
	}

	private void assertRefusedUnchanged(HttpMethod method, String uri, String body, int status, String field) {
		String before = snapshot();
		var refused = api.call(method, uri, person, body);
		assertThat(refused).hasStatus(status);
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(refused).bodyJson().extractingPath("$.title").asString().isNotBlank();
		if (field != null) {
			assertThat(refused).bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
			assertThat(refused).bodyJson().extractingPath("$.errors[0].message").asString().isNotBlank();
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	private String checkIns() {
		return "/api/v1/key-results/" + keyResult + "/check-ins";
	}

	@Test
	void refusesMalformedJson() {
		assertRefusedUnchanged(HttpMethod.POST, checkIns(), "{\"value\": 3, \"confidence\": ", 400, null);
		assertRefusedUnchanged(HttpMethod.POST, checkIns(), "{\"value\": NaN, \"confidence\": 5}", 400, null);
		assertRefusedUnchanged(HttpMethod.POST, checkIns(), "{\"value\": 3, \"confidence\": 5} trailing", 400, null);
		assertRefusedUnchanged(HttpMethod.POST, checkIns(), "", 400, null);
	}

	@Test
	void refusesMissingAndUnknownFields() {
		assertRefusedUnchanged(HttpMethod.POST, checkIns(), "{\"value\": 3}", 400, "confidence");
		assertRefusedUnchanged(HttpMethod.POST, checkIns(), "{\"value\": 3, \"confidence\": 5, \"mood\": \"great\"}", 400, "mood");
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/objectives", "{\"cycleId\": " + cycle + ", \"ownerPersonId\": "
				+ person.personId() + "}", 400, "title");
	}

	@Test
	void refusesWrongTypes() {
		assertRefusedUnchanged(HttpMethod.POST, checkIns(), "{\"value\": \"three\", \"confidence\": 5}", 400, "value");
		assertRefusedUnchanged(HttpMethod.POST, checkIns(), "{\"value\": \"NaN\", \"confidence\": 5}", 400, "value");
		assertRefusedUnchanged(HttpMethod.POST, checkIns(), "{\"value\": 3, \"confidence\": \"5\"}", 400, "confidence");
		assertRefusedUnchanged(HttpMethod.POST, checkIns(), "{\"value\": 3, \"confidence\": 5.5}", 400, "confidence");
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/objectives", "{\"cycleId\": \"abc\", \"title\": \"x\", \"ownerPersonId\": "
				+ person.personId() + "}", 400, "cycleId");
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/objectives", "{\"cycleId\": " + cycle + ", \"title\": \"x\", "
				+ "\"ownerPersonId\": " + person.personId() + ", \"visibility\": \"SECRET\"}", 400, "visibility");
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/objectives", "{\"cycleId\": " + cycle + ", \"title\": [\"x\"], "
				+ "\"ownerPersonId\": " + person.personId() + "}", 400, "title");
	}

	@Test
	void refusesNumbersOutOfRange() {
		assertRefusedUnchanged(HttpMethod.POST, checkIns(), "{\"value\": 3, \"confidence\": 11}", 400, "confidence");
		assertRefusedUnchanged(HttpMethod.POST, checkIns(), "{\"value\": 3, \"confidence\": -1}", 400, "confidence");
		assertRefusedUnchanged(HttpMethod.POST, checkIns(), "{\"value\": 1e400, \"confidence\": 5}", 400, "value");
		assertRefusedUnchanged(HttpMethod.POST, checkIns(), "{\"value\": 3, \"confidence\": 1e400}", 400, "confidence");
		assertRefusedUnchanged(HttpMethod.POST, checkIns(), "{\"value\": 3, \"confidence\": 99999999999999999999}", 400, "confidence");
		assertRefusedUnchanged(HttpMethod.POST, checkIns(), "{\"value\": 0.123456789, \"confidence\": 5}", 400, "value");
	}

	@Test
	void refusesAKeyResultWhoseStartEqualsItsTarget() {
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/objectives/" + objective + "/key-results",
				"{\"title\": \"Flat\", \"kind\": \"INCREASE\", \"start\": 5, \"target\": 5, \"unit\": \"x\", \"ownerPersonId\": "
						+ person.personId() + "}", 400, "target");
	}

	@Test
	void refusesAnEmptyOrOverlongTitle() {
		String tooLong = "x".repeat(201);
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/objectives", api.toJson(Map.of("cycleId", cycle, "title", "",
				"ownerPersonId", person.personId())), 400, "title");
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/objectives", api.toJson(Map.of("cycleId", cycle, "title", "   ",
				"ownerPersonId", person.personId())), 400, "title");
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/objectives", api.toJson(Map.of("cycleId", cycle, "title", tooLong,
				"ownerPersonId", person.personId())), 400, "title");
		assertRefusedUnchanged(HttpMethod.PUT, "/api/v1/objectives/" + objective, api.toJson(Map.of("title", tooLong,
				"visibility", "PUBLIC", "version", 0)), 400, "title");
		assertThat(api.post("/api/v1/objectives", person, Map.of("cycleId", cycle, "title", "x".repeat(200),
				"ownerPersonId", person.personId()))).hasStatus(201);
	}

	@Test
	void refusesUnknownIds() {
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/objectives", api.toJson(Map.of("cycleId", 987654321L, "title", "x",
				"ownerPersonId", person.personId())), 400, "cycleId");
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/objectives", api.toJson(Map.of("cycleId", cycle, "title", "x",
				"ownerTeamId", 987654321L)), 400, "ownerTeamId");
		Map<String, Object> viewers = new HashMap<>(Map.of("cycleId", cycle, "title", "x", "ownerPersonId", person.personId(),
				"visibility", "PRIVATE", "viewerIds", java.util.List.of(987654321L)));
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/objectives", api.toJson(viewers), 400, "viewerIds[0]");
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/key-results/987654321/check-ins", "{\"value\": 3, \"confidence\": 5}",
				404, null);
		assertRefusedUnchanged(HttpMethod.GET, "/api/v1/objectives/987654321", null, 404, null);
		assertRefusedUnchanged(HttpMethod.GET, "/api/v1/objectives/abc", null, 400, "id");
	}

	@Test
	void refusesToMoveAKeyResultToAnotherCyclesObjective() {
		long otherObjective = api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Next quarter");
		var current = api.get("/api/v1/key-results/" + keyResult, person);
		assertRefusedUnchanged(HttpMethod.PUT, "/api/v1/key-results/" + keyResult, api.toJson(Map.of("title", Api.read(current, "$.title"),
				"kind", "INCREASE", "start", 0, "target", 10, "unit", "customers", "ownerPersonId", person.personId(),
				"objectiveId", otherObjective, "version", 0)), 400, "objectiveId");
	}

	@Test
	void refusesATenMegabyteBody() {
		String huge = "{\"value\": 3, \"confidence\": 5, \"note\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}";
		assertRefusedUnchanged(HttpMethod.POST, checkIns(), huge, 413, null);
	}

	@Test
	void refusesAWrongContentType() {
		String before = snapshot();
		var refused = mvc.post().uri(checkIns()).header("Authorization", "Bearer " + person.token())
			.contentType("text/plain").content("value=3").exchange();
		assertThat(refused).hasStatus(415);
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void saysWhatKindOfValueAFieldTakes() {
		var fraction = api.call(HttpMethod.POST, checkIns(), person, "{\"value\": 3, \"confidence\": 5.5}");
		var text = api.call(HttpMethod.POST, checkIns(), person, "{\"value\": \"three\", \"confidence\": 5}");

		assertThat(fraction).bodyJson().extractingPath("$.errors[0].message").isEqualTo("must be a whole number");
		assertThat(text).bodyJson().extractingPath("$.errors[0].message").isEqualTo("must be a number");
	}

	@Test
	void explainsRefusalsInChinese() {
		var refused = api.call(HttpMethod.POST, checkIns(), person, "{\"value\": 3, \"confidence\": 11}", "Accept-Language", "zh-CN");

		assertThat(refused).bodyJson().extractingPath("$.title").isEqualTo("输入无效");
		assertThat(refused).bodyJson().extractingPath("$.errors[0].message").isEqualTo("不能大于 10");
	}

	@Test
	void neverAnswersWith500ForABadPathOrMethod() {
		assertThat(api.call(HttpMethod.PATCH, "/api/v1/objectives/" + objective, person, "{}")).hasStatus(405);
		assertThat(api.get("/api/v1/nothing-here", person)).hasStatus(404);
		assertThat(api.get("/api/v1/cycles?state=SOMETIME", person)).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("state");
	}
}
