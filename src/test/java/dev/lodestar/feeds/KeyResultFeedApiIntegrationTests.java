package dev.lodestar.feeds;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class KeyResultFeedApiIntegrationTests extends ApiIntegrationTest {

	private static String feed(long keyResult) {
		return "/api/v1/key-results/" + keyResult + "/feed";
	}

	private long keyResult(Session owner, String kind) {
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Orders flow");
		return api.newKeyResult(owner, objective, kind, kind.equals("MILESTONE") ? null : 0, kind.equals("MILESTONE") ? null : 500);
	}

	private static Map<String, Object> pull(String url, String pointer, String every, Integer version) {
		Map<String, Object> body = new HashMap<>();
		body.put("mode", "PULL");
		body.put("url", url);
		body.put("jsonPointer", pointer);
		body.put("every", every);
		body.put("version", version);
		return body;
	}

	@Test
	void setsChangesAndRemovesAFeedOverTheVersionRead() {
		var owner = api.newPerson("Feeder");
		long keyResult = keyResult(owner, "INCREASE");

		var set = api.put(feed(keyResult), owner, pull("https://status.example.com/orders", "/data/count", "PT1H", null));
		assertThat(set).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(1);
		assertThat(set).bodyJson().extractingPath("$.every").isEqualTo("PT1H");
		assertThat(set).bodyJson().extractingPath("$.lastPull").isNull();
		assertThat(api.put(feed(keyResult), owner, pull("https://other.example.com/", "/n", "PT1H", null))).hasStatus(409);
		var changed = api.put(feed(keyResult), owner, Map.of("mode", "PUSH", "url", "https://left.over/", "version", 1));
		assertThat(changed).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(2);
		assertThat(changed).bodyJson().extractingPath("$.url").isNull();
		assertThat(api.put(feed(keyResult), owner, pull("https://stale.example.com/", "/n", "PT1H", 1))).hasStatus(409)
			.bodyJson().extractingPath("$.detail").asString().contains("integration of key result");
		assertThat(api.get(feed(keyResult), owner)).hasStatusOk().bodyJson().extractingPath("$.mode").isEqualTo("PUSH");

		assertThat(api.delete(feed(keyResult), owner)).hasStatus(204);
		assertThat(api.get(feed(keyResult), owner)).hasStatus(404);
	}

	@Test
	void refusesABadFeedWithItsFields() {
		var owner = api.newPerson("Sloppy");
		long keyResult = keyResult(owner, "INCREASE");

		var refused = api.put(feed(keyResult), owner, pull("ftp://files.example.com/count.json", "data/count", "PT1M", null));
		assertThat(refused).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson().extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("url", "jsonPointer", "every");
		assertThat(api.put(feed(keyResult), owner, pull("not an address", "/n", "PT1H", null))).hasStatus(400)
			.bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("url");
		assertThat(api.put(feed(keyResult), owner, pull("https://status.example.com/", "/n", "hourly", null))).hasStatus(400)
			.bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("every");
		assertThat(api.put(feed(keyResult), owner, pull("https://status.example.com/", "#/n", "P8D", null))).hasStatus(400)
			.bodyJson().extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("jsonPointer", "every");
		assertThat(api.put(feed(keyResult), owner, Map.of("url", "https://status.example.com/"))).hasStatus(400)
			.bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("mode");
		assertThat(api.get(feed(keyResult), owner)).hasStatus(404);
	}

	@Test
	void refusesToPullAMilestone() {
		var owner = api.newPerson("Shipper");
		long milestone = keyResult(owner, "MILESTONE");

		assertThat(api.put(feed(milestone), owner, pull("https://ci.example.com/", "/done", "PT1H", null))).hasStatus(400)
			.bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("mode");
		assertThat(api.put(feed(milestone), owner, Map.of("mode", "PUSH"))).hasStatusOk();
	}

	@Test
	void letsOnlyWhoeverMayChangeTheKeyResultSetItsFeedAndShowsOthersNoAddress() {
		var owner = api.newPerson("Keeper");
		var colleague = api.newPerson("Onlooker");
		long keyResult = keyResult(owner, "INCREASE");
		api.put(feed(keyResult), owner, pull("https://status.example.com/?key=secret", "/n", "P1D", null));

		assertThat(api.put(feed(keyResult), colleague, pull("https://mine.example.com/", "/n", "PT1H", 1))).hasStatus(403);
		assertThat(api.delete(feed(keyResult), colleague)).hasStatus(403);
		var seen = api.get(feed(keyResult), colleague);
		assertThat(seen).hasStatusOk().bodyJson().extractingPath("$.url").isNull();
		assertThat(seen).bodyJson().extractingPath("$.every").isEqualTo("PT24H");
		assertThat(api.get(feed(keyResult), owner)).bodyJson().extractingPath("$.url").isEqualTo("https://status.example.com/?key=secret");
		assertThat(api.get(feed(keyResult), api.scoped(owner, "CHECKINS_WRITE"))).hasStatus(403);
	}

	@Test
	void keepsTheFeedOfAClosedCycleAsItWas() {
		var owner = api.newPerson("Historian");
		long cycle = api.newCycle("ACTIVE");
		long keyResult = api.newKeyResult(owner, api.newPersonalObjective(owner, cycle, "Done and dusted"), "INCREASE", 0, 10);
		assertThat(api.put(feed(keyResult), owner, Map.of("mode", "PUSH"))).hasStatusOk();
		String name = Api.read(api.get("/api/v1/cycles/" + cycle, owner), "$.name");
		api.put("/api/v1/cycles/" + cycle, api.admin(),
				Map.of("name", name, "startsOn", "2026-10-01", "endsOn", "2026-12-31", "state", "CLOSED", "version", 0));

		assertThat(api.put(feed(keyResult), owner, pull("https://late.example.com/", "/n", "PT1H", 1))).hasStatus(409)
			.bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:cycle-closed");
		assertThat(api.delete(feed(keyResult), owner)).hasStatus(409);
		assertThat(api.get(feed(keyResult), owner)).hasStatusOk().bodyJson().extractingPath("$.mode").isEqualTo("PUSH");
	}

	@Test
	void answersNotFoundForAKeyResultNobodyHas() {
		var someone = api.newPerson("Lost");

		assertThat(api.put(feed(Long.MAX_VALUE), someone, pull("https://x.example.com/", "/n", "PT1H", null))).hasStatus(404);
		assertThat(api.get(feed(Long.MAX_VALUE), someone)).hasStatus(404);
	}
}
