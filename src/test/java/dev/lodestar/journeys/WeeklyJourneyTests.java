package dev.lodestar.journeys;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import dev.lodestar.support.Api;
import dev.lodestar.support.BrowserJourney;

import static org.assertj.core.api.Assertions.assertThat;

/** What people do every week, in a real browser: sign in, read their OKRs in their language, check in. */
class WeeklyJourneyTests extends BrowserJourney {

	private String email(Api.Session person) {
		return Api.read(api.get("/api/v1/people/me", person), "$.email");
	}

	@Test
	void signsInSeesMyOkrsAndSwitchesToChinese() {
		var person = api.newPerson("Journey");
		long team = api.newTeam("Journey team", null, List.of(person.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newTeamObjective(person, cycle, team, "Make every week count");
		api.newKeyResult(person, objective, "INCREASE", 0, 10);

		browser.signIn(email(person), "password-1");
		browser.go("/?cycle=" + cycle);
		assertThat(browser.find(By.cssSelector("main h1")).getText()).isEqualTo("My OKRs");
		browser.screenshot("home-en");
		browser.go("/teams/" + team + "?cycle=" + cycle);
		browser.screenshot("team-en");

		browser.find(By.cssSelector(".language-switch button[value=zh-CN]")).click();
		browser.waitUntil(driver -> "zh-CN".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
		assertThat(browser.driver().getCurrentUrl()).endsWith("/teams/" + team + "?cycle=" + cycle);
		assertThat(browser.find(By.cssSelector(".top-nav a[href='/']:not(.brand)")).getText()).isEqualTo("我的 OKR");
		browser.screenshot("team-zh-CN");
		browser.go("/?cycle=" + cycle);
		assertThat(browser.find(By.cssSelector("main h1")).getText()).isEqualTo("我的 OKR");
		browser.screenshot("home-zh-CN");
	}

	@Test
	void checksInAndSeesTheProgressChangeWithoutAPageReload() {
		var person = api.newPerson("Checker");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(person, cycle, "Move forward weekly");
		long keyResult = api.newKeyResult(person, objective, "INCREASE", 0, 10);

		browser.signIn(email(person), "password-1");
		browser.go("/?cycle=" + cycle);
		var js = (JavascriptExecutor) browser.driver();
		js.executeScript("window.stillTheSamePage = true;");
		assertThat(browser.find(By.cssSelector("#kr-" + keyResult + " progress")).getAttribute("value")).isEqualTo("0");

		browser.find(By.cssSelector("#kr-" + keyResult + " .actions button")).click();
		browser.find(By.id("kr-" + keyResult + "-value")).sendKeys("6");
		browser.find(By.id("kr-" + keyResult + "-confidence")).sendKeys("8");
		browser.find(By.cssSelector("#kr-" + keyResult + "-form button[type=submit]")).click();

		browser.waitUntil(driver -> "60".equals(driver.findElement(By.cssSelector("#kr-" + keyResult + " progress")).getAttribute("value")));
		assertThat(js.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
		assertThat(browser.find(By.cssSelector("#kr-" + keyResult)).getText()).contains("confidence 8/10");
	}

	@Test
	void neverShowsSomeoneElsesPrivateObjective() {
		var owner = api.newPerson("Owner");
		var colleague = api.newPerson("Colleague");
		long team = api.newTeam("Private team", null, List.of(), List.of(owner.personId(), colleague.personId()));
		long cycle = api.newCycle("ACTIVE");
		api.newTeamObjective(owner, cycle, team, "Shared by the team");
		long secret = Api.id(api.post("/api/v1/objectives", owner, Map.of("cycleId", cycle, "ownerPersonId", owner.personId(),
				"title", "My private plan", "visibility", "PRIVATE")));

		browser.signIn(email(colleague), "password-1");
		browser.go("/explore?cycle=" + cycle);
		browser.waitFor(By.id("explore-results"));

		assertThat(browser.driver().getPageSource()).contains("Shared by the team").doesNotContain("My private plan");
		browser.go("/objectives/" + secret);
		assertThat(browser.driver().getPageSource()).doesNotContain("My private plan");
	}
}
