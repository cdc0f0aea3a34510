package dev.lodestar.people;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class TokensPagesIntegrationTests extends ApiIntegrationTest {

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	private int tokenCount(Api.Session person) {
		return Api.<List<Object>>read(api.get("/api/v1/tokens", person), "$").size();
	}

	@Test
	void showsANewTokenOnceAndNeverAgain() {
		var person = api.newPerson("Scripter");

		var issued = pages.post("/settings/tokens", person, Map.of("idempotencyKey", Api.unique("key")), "HX-Request", "true");

		assertThat(issued).hasStatusOk();
		var panel = Pages.html(issued);
		assertThat(panel.select("html main")).isEmpty();
		String token = panel.select("#new-token").val();
		assertThat(token).startsWith("lds_");
		assertThat(panel.select("#new-token-help").text()).isNotBlank();
		assertThat(api.get("/api/v1/people/me", new Api.Session(0, token))).hasStatusOk();
		var later = Api.body(pages.get("/settings/tokens", person));
		assertThat(later).doesNotContain(token);
		assertThat(Pages.html(pages.get("/settings/tokens", person)).select("#tokens-panel tbody tr")).hasSize(2);
	}

	@Test
	void issuesOneTokenForADoubleClickedSubmit() {
		var person = api.newPerson("Doubler");
		String key = Api.unique("key");

		var first = pages.post("/settings/tokens", person, Map.of("idempotencyKey", key), "HX-Request", "true");
		var second = pages.post("/settings/tokens", person, Map.of("idempotencyKey", key), "HX-Request", "true");

		assertThat(Pages.html(first).select("#new-token")).hasSize(1);
		assertThat(Pages.html(second).select("#new-token")).isEmpty();
		assertThat(Pages.html(second).select(".notice[role=status]").text()).contains("already created");
		assertThat(tokenCount(person)).isEqualTo(2);
	}

	@Test
	void revokesATokenInPlaceAndItStopsWorking() {
		var person = api.newPerson("Revoker");
		long id = Api.<Number>read(api.get("/api/v1/tokens", person), "$[0].id").longValue();
		var other = api.signIn(Api.read(api.get("/api/v1/people/me", person), "$.email"), "password-1");

		var revoked = pages.post("/settings/tokens/" + id + "/revoke", person, Map.of(), "HX-Request", "true");

		assertThat(revoked).hasStatusOk();
		var row = org.jsoup.Jsoup.parse("<table>" + Api.body(revoked) + "</table>").select("tr#token-" + id);
		assertThat(row).hasSize(1);
		assertThat(row.select("button")).isEmpty();
		assertThat(row.text()).contains("Revoked");
		assertThat(api.get("/api/v1/people/me", person)).hasStatus(401);
		assertThat(api.get("/api/v1/people/me", other)).hasStatusOk();
	}

	@Test
	void revokesWithoutScriptsByRedirectingBack() {
		var person = api.newPerson("Plain");
		long id = Api.<Number>read(api.get("/api/v1/tokens", person), "$[0].id").longValue();

		var revoked = pages.post("/settings/tokens/" + id + "/revoke", person, Map.of());

		assertThat(revoked).hasStatus(302).hasRedirectedUrl("/settings/tokens");
	}

	@Test
	void cannotRevokeSomeoneElsesToken() {
		var owner = api.newPerson("Owner");
		long id = Api.<Number>read(api.get("/api/v1/tokens", owner), "$[0].id").longValue();

		assertThat(pages.post("/settings/tokens/" + id + "/revoke", api.newPerson("Intruder"), Map.of(), "HX-Request", "true"))
			.hasStatus(404);
		assertThat(api.get("/api/v1/people/me", owner)).hasStatusOk();
	}

	@Test
	void listsOnlyMyOwnTokens() {
		var mine = api.newPerson("Mine");
		api.newPerson("Theirs");

		var page = Pages.html(pages.get("/settings/tokens", mine));

		assertThat(page.select("#tokens-panel tbody tr")).hasSize(1);
		assertThat(page.select("h1").text()).isEqualTo("My API tokens");
	}

	@Test
	void issuesAnAppraisalTokenThatReachesNoScore() {
		var person = api.newPerson("Appraiser");

		var issued = pages.post("/settings/tokens", person, Map.of("idempotencyKey", Api.unique("key"), "scope", "APPRAISAL"),
				"HX-Request", "true");

		var token = new Api.Session(person.personId(), Pages.html(issued).select("#new-token").val());
		assertThat(api.get("/api/v1/tokens", token)).hasStatusOk();
		assertThat(api.get("/api/v1/people/me", token)).hasStatus(403);
		var rows = Pages.html(pages.get("/settings/tokens", person)).select("#tokens-panel tbody tr");
		assertThat(rows.select(".token-scope").eachText()).containsExactly("Appraisal", "OKR");
	}

	@Test
	void issuesACheckInsOnlyTokenForAnIntegration() {
		var person = api.newPerson("Plumber");
		long objective = api.newPersonalObjective(person, api.newCycle("ACTIVE"), "Builds stay green");
		long keyResult = api.newKeyResult(person, objective, "INCREASE", 0, 100);

		var issued = pages.post("/settings/tokens", person,
				Map.of("idempotencyKey", Api.unique("key"), "scope", "CHECKINS_WRITE"), "HX-Request", "true");

		var token = new Api.Session(person.personId(), Pages.html(issued).select("#new-token").val());
		assertThat(api.post("/api/v1/key-results/" + keyResult + "/check-ins", token, Map.of("value", 97, "confidence", 8)))
			.hasStatus(201);
		assertThat(api.get("/api/v1/tokens", token)).hasStatus(403);
		var rows = Pages.html(pages.get("/settings/tokens", person)).select("#tokens-panel tbody tr");
		assertThat(rows.select(".token-scope").eachText()).containsExactly("Check-ins only (checkins:write)", "OKR");
	}

	@Test
	void offersEveryScopeInChinese() {
		var person = api.newPerson("Lin");
		api.speaksChinese(person);

		var page = Pages.html(pages.get("/settings/tokens", person));

		assertThat(page.select("select[name=scope] option").eachText()).containsExactly("OKR", "绩效考核", "仅进展更新（checkins:write）");
		assertThat(page.select("label[for=token-scope]").text()).isEqualTo("权限范围");
		assertThat(page.select("#tokens-panel tbody .token-scope").text()).isEqualTo("OKR");
	}
}
