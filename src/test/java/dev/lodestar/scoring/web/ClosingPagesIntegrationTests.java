package dev.lodestar.scoring.web;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class ClosingPagesIntegrationTests extends PageIntegrationTest {

	private long longCycle() {
		return api.newCycle("ACTIVE", "2026-01-01", "2030-12-31");
	}

	private void score(Session owner, long keyResult, String value) {
		assertThat(api.score(owner, keyResult, value, 0)).hasStatusOk();
	}

	private Session topLead() {
		var lead = api.newPerson("Toplead");
		api.newTeam(Api.unique("Company"), null, List.of(lead.personId()), List.of());
		return lead;
	}

	private Document closeOut(long cycle, Session as) {
		var page = pages.get("/cycles/" + cycle + "/closing", as);
		assertThat(page).hasStatusOk();
		return Pages.html(page);
	}

	@Test
	void theCloseOutPageListsUnscoredKeyResultsWithOwnersAndLinksAndSaysHowManyAClosingLeavesUnscored() {
		var lead = topLead();
		var owner = api.newPerson("Owner");
		long cycle = longCycle();
		long objective = api.newPersonalObjective(owner, cycle, "Delight customers");
		long unscored = api.newKeyResult(owner, objective, "INCREASE", 0, 10);
		long forecast = api.newKeyResult(owner, objective, "INCREASE", 0, 10);
		score(owner, forecast, "0.6");

		Document page = closeOut(cycle, lead);

		assertThat(page.select("button.ask-final-scores").text()).isEqualTo("Ask owners for final scores");
		assertThat(page.select(".owner-to-score h3 a").attr("href")).isEqualTo("/people/" + owner.personId());
		assertThat(page.select("ul.unscored li").eachAttr("data-key-result"))
			.containsExactly(String.valueOf(unscored), String.valueOf(forecast));
		assertThat(page.select("ul.unscored li a").eachAttr("href")).containsOnly("/objectives/" + objective + "#scores");
		assertThat(page.select("ul.unscored li").text()).contains("Delight customers", "never scored", "forecast 0.6");
		assertThat(page.select("button.close-cycle").text()).isEqualTo("Close the cycle (2 key results unscored)");
		assertThat(page.select(".close-warning").text()).contains("2 key results still have no final score");
	}

	@Test
	void theCloseOutPageSpeaksChinese() {
		var lead = topLead();
		speaksChinese(lead);
		var owner = api.newPerson("Owner");
		long cycle = longCycle();
		api.newKeyResult(owner, api.newPersonalObjective(owner, cycle, "Goal"), "INCREASE", 0, 10);

		Document page = closeOut(cycle, lead);

		assertThat(page.select("button.ask-final-scores").text()).isEqualTo("请负责人提交最终评分");
		assertThat(page.select("button.close-cycle").text()).isEqualTo("关闭周期（1 个关键结果未评分）");
		assertThat(page.select("ul.unscored li").text()).contains("从未评分");
	}

	@Test
	void someoneWhoMayNotCloseTheCycleIsRefusedTheCloseOutPage() {
		var member = api.newPerson("Member");
		long cycle = longCycle();

		assertThat(pages.get("/cycles/" + cycle + "/closing", member)).hasStatus(403);
		assertThat(pages.post("/cycles/" + cycle + "/close", member, Map.of("version", "0"))).hasStatus(403);
		assertThat(Api.<String>read(api.get("/api/v1/cycles/" + cycle, member), "$.state")).isEqualTo("ACTIVE");
	}

	@Test
	void askingAndClosingFromThePageLeaveTheCycleClosedAndItsObjectivePageSaysSo() {
		var lead = topLead();
		var owner = api.newPerson("Owner");
		long cycle = longCycle();
		long objective = api.newPersonalObjective(owner, cycle, "Wrap up");

		assertThat(pages.post("/cycles/" + cycle + "/final-scores-call", lead, Map.of()))
			.hasRedirectedUrl("/cycles/" + cycle + "/closing?done=asked");
		Document asked = closeOut(cycle, lead);
		assertThat(asked.select(".asked").text()).startsWith("Owners were asked for final scores on");
		assertThat(asked.select("button.ask-final-scores")).isEmpty();

		assertThat(pages.post("/cycles/" + cycle + "/close", lead, Map.of("version", "0")))
			.hasRedirectedUrl("/cycles/" + cycle + "/closing?done=closed");
		Document closed = closeOut(cycle, lead);
		assertThat(closed.select(".cycle-closed").text()).contains("This cycle is closed");
		assertThat(closed.select("button.close-cycle")).isEmpty();
		var objectivePage = Pages.html(pages.get("/objectives/" + objective, owner));
		assertThat(objectivePage.select(".cycle-closed").text()).contains("is closed", "read-only");
	}

	@Test
	void closingAnAlreadyClosedCycleFromAnOldPageShowsWhyAndChangesNothing() {
		var lead = topLead();
		long cycle = longCycle();
		assertThat(api.post("/api/v1/cycles/" + cycle + "/close", lead, Map.of("version", 0))).hasStatusOk();

		var again = pages.post("/cycles/" + cycle + "/close", lead, Map.of("version", "0"));

		assertThat(again).hasStatus(422);
		assertThat(Pages.html(again).select(".notice.error").text()).contains("is closed");
		assertThat(Api.<Integer>read(api.get("/api/v1/cycles/" + cycle, lead), "$.version")).isEqualTo(1);
	}

	@Test
	void ownersAreRemindedOnTheirHomePageOfKeyResultsAwaitingAFinalScore() {
		var lead = topLead();
		var owner = api.newPerson("Owner");
		long cycle = longCycle();
		long objective = api.newPersonalObjective(owner, cycle, "Finish");
		long waiting = api.newKeyResult(owner, objective, "INCREASE", 0, 10);
		long done = api.newKeyResult(owner, objective, "INCREASE", 0, 10);
		assertThat(Pages.html(pages.get("/home/final-scores", owner)).select("section.final-scores")).isEmpty();
		api.post("/api/v1/cycles/" + cycle + "/final-scores-call", lead, Map.of());
		score(owner, done, "0.7");

		Document reminder = Pages.html(pages.get("/home/final-scores", owner));
		assertThat(reminder.select("h2").text()).isEqualTo("Final scores asked for");
		assertThat(reminder.select("li").eachAttr("data-key-result")).containsExactly(String.valueOf(waiting));
		assertThat(reminder.select("li a").attr("href")).isEqualTo("/objectives/" + objective + "#scores");
		assertThat(Pages.html(pages.get("/", owner)).select("[hx-get=/home/final-scores]")).hasSize(1);

		speaksChinese(owner);
		assertThat(Pages.html(pages.get("/home/final-scores", owner)).select("h2").text()).isEqualTo("请提交最终评分");
	}

	@Test
	void aTopLevelLeadsHomePageLeadsToTheCurrentCyclesCloseOutAndAMembersDoesNot() {
		var lead = topLead();
		var member = api.newPerson("Member");
		api.newCycle("ACTIVE");

		var forLead = Pages.html(pages.get("/home/final-scores", lead)).select(".close-out-link a");
		var forMember = Pages.html(pages.get("/home/final-scores", member)).select(".close-out-link a");

		assertThat(forLead.attr("href")).matches("/cycles/\\d+/closing");
		assertThat(forLead.text()).startsWith("Close-out of ");
		assertThat(forMember).isEmpty();
		speaksChinese(lead);
		assertThat(Pages.html(pages.get("/home/final-scores", lead)).select(".close-out-link a").text()).contains("收尾");
	}

	@Test
	void theHomeReminderTakesAsManyStatementsForOneKeyResultAsForManyAndEndsWhenTheCycleCloses() {
		var lead = topLead();
		var few = api.newPerson("Few");
		var many = api.newPerson("Many");
		long cycle = longCycle();
		api.newKeyResult(few, api.newPersonalObjective(few, cycle, "Small"), "INCREASE", 0, 10);
		for (int o = 0; o < 3; o++) {
			long objective = api.newPersonalObjective(many, cycle, "Large " + o);
			for (int k = 0; k < 3; k++) {
				api.newKeyResult(many, objective, "INCREASE", 0, 10);
			}
		}
		api.post("/api/v1/cycles/" + cycle + "/final-scores-call", lead, Map.of());

		assertThat(countedReminder(many)).isEqualTo(countedReminder(few));
		assertThat(Pages.html(pages.get("/home/final-scores", many)).select("li")).hasSize(9);

		api.post("/api/v1/cycles/" + cycle + "/close", lead, Map.of("version", 0));
		assertThat(Pages.html(pages.get("/home/final-scores", many)).select("section.final-scores")).isEmpty();
	}

	private int countedReminder(Session owner) {
		pages.get("/home/final-scores", owner);
		statements.reset();
		assertThat(pages.get("/home/final-scores", owner)).hasStatusOk();
		return statements.count();
	}

	@Test
	void theCloseOutPageTakesAsManyStatementsForAFewKeyResultsAsForMany() {
		long small = longCycle();
		long large = longCycle();
		api.fillWithHalfScoredObjectives(small, 1, 1);
		api.fillWithHalfScoredObjectives(large, 4, 3);

		assertThat(countedPage(large)).isEqualTo(countedPage(small));
	}

	private int countedPage(long cycle) {
		pages.get("/cycles/" + cycle + "/closing", api.admin());
		statements.reset();
		assertThat(pages.get("/cycles/" + cycle + "/closing", api.admin())).hasStatusOk();
		return statements.count();
	}
}
