package dev.lodestar.readiness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/** The readiness check in the browser: the link on the team's page, opening, answering, the result and the history. */
class ReadinessPagesIntegrationTests extends PageIntegrationTest {

	private static Map<String, String> form(int exploratory, int authorising, int selfDriven) {
		Map<String, String> form = new HashMap<>();
		ReadinessAnswering.scoring(exploratory, authorising, selfDriven).forEach((question, value) -> form.put(question, value.toString()));
		return form;
	}

	@Test
	void theTeamsPeopleOpenAnswerAndReadTheirCheckOnPages() {
		var lead = api.newPerson("PageLead");
		var first = api.newPerson("PageFirst");
		var second = api.newPerson("PageSecond");
		var outsider = api.newPerson("PageOutsider");
		long team = api.newTeam("Page readiness team", null, List.of(lead.personId()), List.of(first.personId(), second.personId()));
		long cycle = api.newCycle("ACTIVE");

		assertThat(Pages.html(pages.get("/teams/" + team + "/readiness-link", first))
			.select("a[href='/teams/" + team + "/readiness']")).hasSize(1);
		assertThat(Pages.html(pages.get("/teams/" + team + "/readiness-link", outsider)).select("a")).isEmpty();
		assertThat(Pages.html(pages.get("/teams/" + team, first)).select("[hx-get='/teams/" + team + "/readiness-link']")).hasSize(1);
		assertThat(Pages.html(pages.get("/teams/" + team + "/readiness", first)).select("#readiness-open-form")).isEmpty();
		assertThat(pages.get("/teams/" + team + "/readiness", outsider)).hasStatus(403);

		var teamPage = Pages.html(pages.get("/teams/" + team + "/readiness", lead));
		String key = teamPage.select("#readiness-open-form input[name=idempotencyKey]").val();
		var opened = pages.post("/teams/" + team + "/readiness", lead, Map.of("cycleId", String.valueOf(cycle), "idempotencyKey", key));
		assertThat(opened).hasStatus(302);
		String checkUri = opened.getResponse().getRedirectedUrl();
		assertThat(checkUri).startsWith("/readiness-checks/");
		var resent = pages.post("/teams/" + team + "/readiness", lead, Map.of("cycleId", String.valueOf(cycle), "idempotencyKey", key));
		assertThat(resent).hasStatus(302).hasRedirectedUrl(checkUri);
		var again = pages.post("/teams/" + team + "/readiness", lead, Map.of("cycleId", String.valueOf(cycle), "idempotencyKey", Api.unique("k")));
		assertThat(again).hasStatus(422);
		assertThat(Pages.html(again).select("#readiness-cycle-error").text()).contains("already has a readiness check");

		var questionnaire = Pages.html(pages.get(checkUri, first));
		assertThat(questionnaire.select("#readiness-answer-form fieldset.readiness-question")).hasSize(ReadinessQuestion.values().length);
		assertThat(questionnaire.select("#readiness-not-enough").text()).startsWith("Answers so far: 0.");
		assertThat(questionnaire.select("#readiness-close")).isEmpty();
		Map<String, String> incomplete = form(3, 3, 3);
		incomplete.remove("WORK_IS_UNCERTAIN");
		incomplete.put("WE_SEEK_CHALLENGES", "9");
		var refused = pages.post(checkUri + "/answers", first, incomplete);
		assertThat(refused).hasStatus(422);
		var refusedPage = Pages.html(refused);
		assertThat(refusedPage.select("#question-WORK_IS_UNCERTAIN-error").text()).contains("choose an answer");
		assertThat(refusedPage.select("#question-WE_SEEK_CHALLENGES-error").text()).contains("between 1 and 5");
		assertThat(refusedPage.select("input[name=LEADS_LET_US_DECIDE][value=3]").attr("checked")).isNotNull();
		assertThat(refusedPage.select("input[name=LEADS_LET_US_DECIDE][checked]").val()).isEqualTo("3");

		assertThat(pages.post(checkUri + "/answers", first, form(1, 5, 3))).hasStatus(302)
			.hasRedirectedUrl(checkUri + "?done=answered");
		var answered = Pages.html(pages.get(checkUri + "?done=answered", first));
		assertThat(answered.select("#readiness-answer-form")).isEmpty();
		assertThat(answered.select("#readiness-you-answered")).hasSize(1);
		assertThat(pages.post(checkUri + "/answers", first, form(1, 5, 3))).hasStatus(422);
		assertThat(pages.post(checkUri + "/answers", outsider, form(1, 5, 3))).hasStatus(403);
		assertThat(pages.post(checkUri + "/answers", second, form(1, 5, 3))).hasStatus(302);
		assertThat(Pages.html(pages.get(checkUri, lead)).select("#readiness-not-enough").text()).startsWith("Answers so far: 2.");
		assertThat(pages.post(checkUri + "/answers", lead, form(1, 5, 3))).hasStatus(302);
		var leadsView = Pages.html(pages.get(checkUri, lead));
		assertThat(leadsView.select("#readiness-not-enough").text()).startsWith("Answers so far: 3.");
		assertThat(leadsView.select("#readiness-close")).hasSize(1);
		assertThat(pages.post(checkUri + "/close", first, Map.of())).hasStatus(403);
		assertThat(pages.post(checkUri + "/close", lead, Map.of())).hasStatus(302).hasRedirectedUrl(checkUri + "?done=closed");

		speaksChinese(second);
		var result = Pages.html(pages.get(checkUri, second));
		assertThat(result.select("#readiness-not-enough")).isEmpty();
		assertThat(result.select("#condition-EXPLORATORY_WORK").attr("data-stand")).isEqualTo("NOT_YET");
		assertThat(result.select("#condition-EXPLORATORY_WORK .hint").text()).contains("常规执行工作继续使用 KPI");
		assertThat(result.select("#condition-AUTHORISING_MANAGERS .readiness-score").text()).isEqualTo("100 / 100");
		assertThat(result.select("#readiness-summary").text()).contains("一到两年");

		var history = Pages.html(pages.get("/teams/" + team + "/readiness", first));
		assertThat(history.select("#readiness-history tbody tr")).hasSize(1);
		assertThat(history.select("#readiness-history tbody tr td.score").eachText()).containsExactly("0", "100", "50");
		assertThat(history.select("[data-readiness-chart]")).hasSize(1);
		assertThat(history.select("[data-readiness-chart]").attr("data-readiness-chart")).contains("\"scores\":[0]");
	}

	@Test
	void theTeamsPagesIssueAFixedNumberOfStatements() {
		var lead = api.newPerson("CountLead");
		long team = api.newTeam("Counted readiness team", null, List.of(lead.personId()), List.of());
		api.post("/api/v1/teams/" + team + "/readiness-checks", lead, Map.of("cycleId", api.newCycle("ACTIVE")));
		assertThat(pages.get("/teams/" + team + "/readiness", lead)).hasStatusOk();
		statements.reset();
		assertThat(pages.get("/teams/" + team + "/readiness", lead)).hasStatusOk();
		int withOne = statements.count();
		for (int i = 0; i < 3; i++) {
			api.post("/api/v1/teams/" + team + "/readiness-checks", lead, Map.of("cycleId", api.newCycle("ACTIVE")));
		}
		statements.reset();
		assertThat(pages.get("/teams/" + team + "/readiness", lead)).hasStatusOk();
		assertThat(statements.count()).isEqualTo(withOne);
	}
}
