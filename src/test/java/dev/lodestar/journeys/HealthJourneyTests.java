package dev.lodestar.journeys;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import dev.lodestar.support.Api;
import dev.lodestar.support.BrowserJourney;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OKR health in a real browser: a lead follows the link from the team's page to its health, opens a signal's
 * evidence and lands on the objective behind it, reads it again in Chinese; an admin computes every team and drills
 * down from the heat map to a team.
 */
class HealthJourneyTests extends BrowserJourney {

	@Test
	void aLeadFollowsASignalToItsEvidenceAndAnAdminDrillsDownFromTheHeatMap() {
		var lead = api.newPerson("HealthLead");
		var member = api.newPerson("HealthMember");
		long team = api.newTeam("Health journey team", null, List.of(lead.personId()), List.of(member.personId()));
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newTeamObjective(lead, cycle, team, "Grow revenue by 30%");
		api.newKeyResult(lead, objective, "INCREASE", 0, 10);
		browser.signIn(Api.read(api.get("/api/v1/people/me", lead), "$.email"), "password-1");

		browser.go("/teams/" + team + "?cycle=" + cycle);
		browser.find(By.cssSelector(".health-link a")).click();
		browser.waitFor(By.id("signal-NUMBERS_IN_OBJECTIVES"));
		browser.go("/teams/" + team + "/health?cycle=" + cycle);
		var numbers = browser.find(By.id("signal-NUMBERS_IN_OBJECTIVES"));
		assertThat(numbers.getAttribute("data-band")).isEqualTo("AT_RISK");
		assertThat(browser.find(By.id("signal-CAP_REFUSALS")).getAttribute("data-band")).isEqualTo("HEALTHY");
		browser.screenshot("health-team");
		numbers.findElement(By.cssSelector(".health-evidence summary")).click();
		numbers.findElement(By.cssSelector(".health-evidence a[href='/objectives/" + objective + "']")).click();
		browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/objectives/" + objective));

		browser.go("/teams/" + team + "/health?cycle=" + cycle);
		browser.find(By.cssSelector(".language-switch button[value=zh-CN]")).click();
		browser.waitUntil(driver -> "zh-CN".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
		assertThat(browser.find(By.cssSelector("main h1")).getText()).startsWith("OKR 健康度");
		assertThat(browser.find(By.cssSelector("#signal-NUMBERS_IN_OBJECTIVES .badge")).getText()).isEqualTo("有风险");
		browser.screenshot("health-team-zh");

		browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
		browser.go("/health?cycle=" + cycle);
		browser.find(By.id("health-recompute-all")).click();
		browser.waitFor(By.cssSelector("p.notice[role=status]"));
		assertThat(browser.find(By.cssSelector("#summary-NUMBERS_IN_OBJECTIVES td.band-at_risk")).getText()).isNotEqualTo("0");
		var first = browser.find(By.cssSelector("#health-heat-map-table tbody tr th a"));
		String teamName = first.getText();
		first.click();
		browser.waitFor(By.id("signal-NUMBERS_IN_OBJECTIVES"));
		assertThat(browser.find(By.cssSelector("main h1")).getText()).contains(teamName);
		browser.screenshot("health-drill-down");
	}
}
