package dev.lodestar.journeys;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import dev.lodestar.support.Api;
import dev.lodestar.support.BrowserJourney;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contribution request in a real browser: asked from the team page, countered from the lead's home, accepted,
 * and then drawn on the alignment map.
 */
class ContributionJourneyTests extends BrowserJourney {

	/** Signs in; if the browser does not get there, what it shows instead is kept as a screenshot. */
	private void signIn(Api.Session person, String step) {
		try {
			browser.signIn(Api.read(api.get("/api/v1/people/me", person), "$.email"), "password-1");
		}
		catch (RuntimeException notThere) {
			browser.screenshot("contribution-sign-in-failed-" + step);
			throw notThere;
		}
	}

	@Test
	void aTeamAsksForAKeyResultTheOtherCountersFromItsHomeAndTheAskingTeamAccepts() {
		var asker = api.newPerson("Asker");
		var asked = api.newPerson("Asked");
		long askingTeam = api.newTeam("Growth", null, List.of(asker.personId()), List.of());
		long askedTeam = api.newTeam("Platform", null, List.of(asked.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");
		long keyResult = api.newKeyResult(asker, api.newTeamObjective(asker, cycle, askingTeam, "Win the mid-market"),
				"INCREASE", 0, 50);
		long theirs = api.newTeamObjective(asked, cycle, askedTeam, "A platform partners love");

		signIn(asker, "ask");
		browser.go("/teams/" + askingTeam + "?cycle=" + cycle);
		browser.find(By.cssSelector(".contribution-requests a.button")).click();
		new Select(browser.find(By.id("contribution-keyResult"))).selectByValue(String.valueOf(keyResult));
		new Select(browser.find(By.id("contribution-askedTeam"))).selectByValue(String.valueOf(askedTeam));
		browser.waitUntil(driver -> !driver.findElements(By.cssSelector("#contribution-objective option[value='" + theirs + "']")).isEmpty());
		browser.find(By.cssSelector("input[name=type][value=KEY_RESULT]")).click();
		browser.find(By.id("contribution-title")).sendKeys("Partners integrated");
		new Select(browser.find(By.id("contribution-objective"))).selectByValue(String.valueOf(theirs));
		new Select(browser.find(By.id("contribution-kind"))).selectByValue("INCREASE");
		browser.find(By.id("contribution-start")).sendKeys("0");
		browser.find(By.id("contribution-target")).sendKeys("20");
		browser.find(By.id("contribution-unit")).sendKeys("partners");
		browser.screenshot("contribution-ask-en");
		browser.find(By.cssSelector("form[action='/contribution-requests'] button[type=submit]")).click();
		browser.waitUntil(driver -> driver.getCurrentUrl().matches(".*/contribution-requests/\\d+$"));
		String requestPath = browser.driver().getCurrentUrl().replaceAll("^https?://[^/]+", "");

		signIn(asked, "counter");
		browser.go("/?cycle=" + cycle);
		browser.waitFor(By.cssSelector(".asked-of a[href='" + requestPath + "']"));
		browser.screenshot("contribution-home-en");
		browser.find(By.cssSelector(".asked-of a[href='" + requestPath + "']")).click();
		browser.waitFor(By.cssSelector(".conversation"));
		browser.find(By.cssSelector("details summary")).click();
		browser.find(By.id("counter-target")).clear();
		browser.find(By.id("counter-target")).sendKeys("12");
		browser.find(By.cssSelector("form[action$='/counter'] button[type=submit]")).click();
		browser.waitUntil(driver -> driver.findElements(By.cssSelector(".conversation .step")).size() == 2);
		browser.screenshot("contribution-request-en");

		signIn(asker, "accept");
		browser.go(requestPath);
		browser.find(By.cssSelector("form[action$='/accept'] button[type=submit]")).click();
		browser.waitFor(By.cssSelector(".outcome a"));
		assertThat(browser.find(By.cssSelector(".outcome a")).getText()).isEqualTo("A platform partners love");
		browser.screenshot("contribution-accepted-en");
		long id = Long.parseLong(requestPath.substring(requestPath.lastIndexOf('/') + 1));
		long added = ((Number) Api.read(api.get("/api/v1/contribution-requests/" + id, asker), "$.request.outcomeKeyResultId"))
			.longValue();
		assertThat(api.get("/api/v1/key-results/" + added, asked)).bodyJson().extractingPath("$.target").asNumber()
			.isEqualTo(12);

		// The agreement shows on the map: the asked team's objective supports the asking team's, as a contribution.
		long served = ((Number) Api.read(api.get("/api/v1/key-results/" + keyResult, asker), "$.objectiveId")).longValue();
		browser.go("/alignment?cycle=" + cycle + "&team=" + askingTeam);
		var js = (JavascriptExecutor) browser.driver();
		String edgeKinds = "var chart = echarts.getInstanceByDom(document.getElementById('alignment-map'));"
				+ " return chart ? chart.getOption().series[0].links.filter(function (l) { return l.edge; })"
				+ ".map(function (l) { return l.edge.kind + ' ' + l.source + '>' + l.target; }) : null;";
		browser.waitUntil(driver -> js.executeScript(edgeKinds) != null);
		assertThat(String.valueOf(js.executeScript(edgeKinds))).contains("CONTRIBUTION o" + theirs + ">o" + served);
		browser.screenshot("contribution-on-the-map-en");
	}
}
