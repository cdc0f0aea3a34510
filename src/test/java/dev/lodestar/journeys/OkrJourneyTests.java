package dev.lodestar.journeys;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import dev.lodestar.support.Api;
import dev.lodestar.support.BrowserJourney;

import static org.assertj.core.api.Assertions.assertThat;

/** Setting OKRs in a real browser: an objective with key results, the cap's rule, a check-in on the objective page. */
class OkrJourneyTests extends BrowserJourney {

	private void addKeyResult(long objective, String title, String kind, String start, String target, String unit) {
		browser.go("/objectives/" + objective + "/key-results/new");
		browser.find(By.id("key-result-title")).sendKeys(title);
		browser.find(By.cssSelector("input[name=kind][value=" + kind + "]")).click();
		browser.find(By.id("key-result-start")).clear();
		browser.find(By.id("key-result-start")).sendKeys(start);
		browser.find(By.id("key-result-target")).sendKeys(target);
		browser.find(By.id("key-result-unit")).sendKeys(unit);
		browser.find(By.cssSelector(".key-result-form button[type=submit]")).click();
		browser.waitUntil(driver -> driver.getCurrentUrl().endsWith("/objectives/" + objective));
	}

	@Test
	void createsAnObjectiveWithTwoKeyResultsIsToldWhyNotAFifthAndChecksIn() {
		var person = api.newPerson("Planner");
		long team = api.newTeam("Planners", null, List.of(person.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");
		browser.signIn(Api.read(api.get("/api/v1/people/me", person), "$.email"), "password-1");

		browser.go("/objectives/new?cycle=" + cycle + "&team=" + team);
		browser.find(By.id("objective-title")).sendKeys("Customers trust our releases");
		new Select(browser.find(By.id("objective-owner"))).selectByValue("team:" + team);
		browser.find(By.cssSelector(".objective-form button[type=submit]")).click();
		browser.waitUntil(driver -> driver.getCurrentUrl().matches(".*/objectives/\\d+$"));
		long objective = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/objectives/", ""));

		addKeyResult(objective, "Releases rolled back", "DECREASE", "12", "2", "per quarter");
		addKeyResult(objective, "Customers rating releases 4+", "INCREASE", "40", "80", "percent of answers");
		assertThat(browser.driver().findElements(By.cssSelector("article.kr-card"))).hasSize(2);
		browser.screenshot("objective-en");

		addKeyResult(objective, "Release notes read", "INCREASE", "0", "500", "readers");
		addKeyResult(objective, "Incidents found by customers", "DECREASE", "9", "3", "incidents");
		browser.go("/objectives/" + objective + "/key-results/new");
		assertThat(browser.find(By.cssSelector("main")).getText()).contains("at most 4 key results");
		assertThat(browser.driver().findElements(By.id("key-result-title"))).isEmpty();

		browser.go("/objectives/" + objective);
		var js = (JavascriptExecutor) browser.driver();
		js.executeScript("window.stillTheSamePage = true;");
		var firstRow = browser.find(By.cssSelector("article.kr-card li.key-result"));
		String row = firstRow.getAttribute("id");
		String keyResult = row.replace("kr-", "");
		browser.waitFor(By.cssSelector("#kr-" + keyResult + "-history"));
		String chartBefore = String.valueOf(js.executeScript(
				"var c = document.querySelector('#kr-" + keyResult + "-history .chart'); return c ? c.getAttribute('data-chart') : '';"));

		browser.find(By.cssSelector("#" + row + " .actions button")).click();
		browser.find(By.id(row + "-value")).sendKeys("7");
		browser.find(By.id(row + "-confidence")).sendKeys("6");
		browser.find(By.cssSelector("#" + row + "-form button[type=submit]")).click();

		browser.waitUntil(driver -> "50".equals(driver.findElement(By.cssSelector("#" + row + " progress")).getAttribute("value")));
		browser.waitUntil(driver -> {
			Object chart = js.executeScript("var c = document.querySelector('#kr-" + keyResult + "-history .chart'); "
					+ "return c ? c.getAttribute('data-chart') : '';");
			return chart != null && !chart.toString().isEmpty() && !chart.toString().equals(chartBefore);
		});
		assertThat(js.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);

		browser.find(By.cssSelector(".language-switch button[value=zh-CN]")).click();
		browser.waitUntil(driver -> "zh-CN".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
		browser.waitFor(By.cssSelector("#kr-" + keyResult + "-history .chart"));
		browser.screenshot("objective-zh-CN");
	}
}
