package dev.lodestar.checkins;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/** A check-in says where it came from: the web, the API, an integration's token (named), or a scheduled pull. */
class CheckInSourcesIntegrationTests extends PageIntegrationTest {

	private static String checkIns(long keyResult) {
		return "/api/v1/key-results/" + keyResult + "/check-ins";
	}

	private long keyResultOf(Session owner) {
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Tickets closed quickly");
		return api.newKeyResult(owner, objective, "DECREASE", 48, 8);
	}

	private long newestTokenOf(Session owner) {
		return ((Number) Api.read(api.get("/api/v1/tokens", owner), "$[0].id")).longValue();
	}

	@Test
	void recordsWhereEachCheckInCameFromAndShowsItInTheHistory() {
		var owner = api.newPerson("Sources");
		long keyResult = keyResultOf(owner);
		var integration = api.scoped(owner, "CHECKINS_WRITE");
		long integrationToken = newestTokenOf(owner);

		var pushed = api.post(checkIns(keyResult), integration, Map.of("value", 40, "confidence", 6, "note", "from the help desk"));
		assertThat(pushed).hasStatus(201).bodyJson().extractingPath("$.source").isEqualTo("INTEGRATION");
		assertThat(pushed).bodyJson().extractingPath("$.tokenId").isEqualTo((int) integrationToken);
		assertThat(api.post(checkIns(keyResult), owner, Map.of("value", 30, "confidence", 6))).bodyJson()
			.extractingPath("$.source").isEqualTo("API");
		assertThat(pages.post("/key-results/" + keyResult + "/check-in", owner,
				Map.of("value", "20", "confidence", "7", "idempotencyKey", Api.unique("web")), "HX-Request", "true")).hasStatus(204);

		assertThat(api.get(checkIns(keyResult), owner)).bodyJson().extractingPath("$.items[*].source").asArray()
			.containsExactly("WEB", "API", "INTEGRATION");
		var history = Pages.html(pages.get("/key-results/" + keyResult + "/history", owner));
		assertThat(history.select("td.check-in-source").eachText())
			.containsExactly("Web", "API", "Integration (token " + integrationToken + ")");
		speaksChinese(owner);
		assertThat(Pages.html(pages.get("/key-results/" + keyResult + "/history", owner)).select("td.check-in-source").eachText())
			.containsExactly("网页", "API", "集成（令牌 " + integrationToken + "）");
	}

	@Test
	void issuesACheckInsOnlyTokenByTheNameIntegrationsKnowItBy() {
		var owner = api.newPerson("Integrator");
		var me = api.get("/api/v1/people/me", owner);

		var issued = api.post("/api/v1/tokens", null,
				Map.of("email", Api.read(me, "$.email"), "password", "password-1", "scope", "checkins:write"));

		assertThat(issued).hasStatus(201).bodyJson().extractingPath("$.scope").isEqualTo("CHECKINS_WRITE");
	}

	@Test
	void refusesAnIntegrationTheCheckInItsOwnerMayNotMake() {
		var owner = api.newPerson("Mine");
		var stranger = api.newPerson("Stranger");
		long keyResult = keyResultOf(owner);

		assertThat(api.post(checkIns(keyResult), api.scoped(stranger, "CHECKINS_WRITE"), Map.of("value", 10, "confidence", 5)))
			.hasStatus(403);
		assertThat(api.get(checkIns(keyResult), owner)).bodyJson().extractingPath("$.totalItems").isEqualTo(0);
	}

	@Test
	void refusesABadValueFromAnIntegrationAndRecordsNothing() {
		var owner = api.newPerson("Strict");
		long keyResult = keyResultOf(owner);
		var integration = api.scoped(owner, "CHECKINS_WRITE");

		assertThat(api.post(checkIns(keyResult), integration, "{\"value\": \"lots\", \"confidence\": 5}")).hasStatus(400);
		assertThat(api.post(checkIns(keyResult), integration, Map.of("confidence", 5))).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("value");
		assertThat(api.get(checkIns(keyResult), owner)).bodyJson().extractingPath("$.totalItems").isEqualTo(0);
	}
}
