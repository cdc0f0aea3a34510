package dev.lodestar.feeds;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.checkins.CheckInManagement;
import dev.lodestar.checkins.CheckInSource;
import dev.lodestar.checkins.NewCheckIn;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.security.CallerDirectory;

import dev.lodestar.support.Api;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A key result another system checks in on: a refused check-in is reported on the key result, a good one too. */
class KeyResultFeedPushIntegrationTests extends PageIntegrationTest {

	@Autowired
	CheckInManagement checkIns;

	@Autowired
	CallerDirectory callers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void reportsABadValueFromTheIntegrationOnTheKeyResultAndRecordsNothing() {
		var owner = api.newPerson("Pushed");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Fewer incidents");
		long keyResult = api.newKeyResult(owner, objective, "DECREASE", 20, 5);
		String feed = "/api/v1/key-results/" + keyResult + "/feed";
		String checkIns = "/api/v1/key-results/" + keyResult + "/check-ins";
		assertThat(api.put(feed, owner, Map.of("mode", "PUSH"))).hasStatusOk();
		var integration = api.scoped(owner, "CHECKINS_WRITE");

		assertThat(api.post(checkIns, integration, "{\"value\": \"lots\", \"confidence\": 5}")).hasStatus(400);

		assertThat(api.get(checkIns, owner)).bodyJson().extractingPath("$.totalItems").isEqualTo(0);
		assertThat(api.get(feed, owner)).bodyJson().extractingPath("$.lastPull.outcome").isEqualTo("PUSH_REFUSED");
		assertThat(shown(keyResult, owner)).startsWith("The integration's latest check-in was refused (")
			.contains("status 400): nothing was recorded");
		speaksChinese(owner);
		assertThat(shown(keyResult, owner)).startsWith("集成最近一次提交的进展更新被拒绝（").contains("状态码 400");

		assertThat(api.post(checkIns, integration, Map.of("value", 12, "confidence", 6))).hasStatus(201);
		assertThat(api.get(feed, owner)).bodyJson().extractingPath("$.lastPull.outcome").isEqualTo("PUSH_RECORDED");
		assertThat(shown(keyResult, owner)).startsWith("集成最近一次提交进展更新：");
	}

	@Test
	void heedsOnlyTheIntegrationsOfThoseWhoMayCheckIn() {
		var owner = api.newPerson("Guarded");
		var stranger = api.newPerson("Meddler");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Calm on-call");
		long keyResult = api.newKeyResult(owner, objective, "DECREASE", 20, 5);
		String feed = "/api/v1/key-results/" + keyResult + "/feed";
		api.put(feed, owner, Map.of("mode", "PUSH"));
		api.post("/api/v1/key-results/" + keyResult + "/check-ins", api.scoped(owner, "CHECKINS_WRITE"),
				Map.of("value", 15, "confidence", 5));

		assertThat(api.post("/api/v1/key-results/" + keyResult + "/check-ins", api.scoped(stranger, "CHECKINS_WRITE"),
				"{\"confidence\": 5}")).hasStatus(403);
		assertThat(api.post("/api/v1/key-results/" + keyResult + "/check-ins", owner, "{\"confidence\": 5}")).hasStatus(400);

		assertThat(api.get(feed, owner)).bodyJson().extractingPath("$.lastPull.outcome").isEqualTo("PUSH_RECORDED");
	}

	@Test
	void hearsTheOutcomeFromTheCheckInsThemselvesNotFromAnAnswer() {
		var owner = api.newPerson("PushedDeep");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Faster builds");
		long keyResult = api.newKeyResult(owner, objective, "DECREASE", 20, 5);
		String feed = "/api/v1/key-results/" + keyResult + "/feed";
		assertThat(api.put(feed, owner, Map.of("mode", "PUSH"))).hasStatusOk();
		api.scoped(owner, "CHECKINS_WRITE");
		long token = jdbc.sql("select max(id) from api_token where person_id = ? and scope = 'CHECKINS_WRITE'")
			.param(owner.personId())
			.query(Long.class)
			.single();
		var caller = callers.byPersonId(owner.personId()).orElseThrow();

		// no web request in sight: only the check-ins module can tell
		assertThatThrownBy(() -> checkIns.recordWithToken(caller, keyResult, new NewCheckIn(null, null, 5, ""),
				CheckInSource.INTEGRATION, token)).isInstanceOf(InvalidInputException.class);
		assertThat(api.get(feed, owner)).bodyJson().extractingPath("$.lastPull.outcome").isEqualTo("PUSH_REFUSED");
		assertThat(Api.<String>read(api.get(feed, owner), "$.lastPull.detail")).isEqualTo("400");

		checkIns.recordWithToken(caller, keyResult, new NewCheckIn(new BigDecimal("12"), null, 6, ""), CheckInSource.INTEGRATION,
				token);
		assertThat(api.get(feed, owner)).bodyJson().extractingPath("$.lastPull.outcome").isEqualTo("PUSH_RECORDED");

		// refused by the rules over HTTP too: a missing value is the check-ins' refusal, not the web edge's
		assertThat(api.post("/api/v1/key-results/" + keyResult + "/check-ins", api.scoped(owner, "CHECKINS_WRITE"),
				"{\"confidence\": 5}")).hasStatus(400);
		assertThat(api.get(feed, owner)).bodyJson().extractingPath("$.lastPull.outcome").isEqualTo("PUSH_REFUSED");
	}

	private String shown(long keyResult, Api.Session as) {
		return Pages.html(pages.get("/key-results/" + keyResult + "/feed", as)).select(".feed-outcome").text();
	}
}
