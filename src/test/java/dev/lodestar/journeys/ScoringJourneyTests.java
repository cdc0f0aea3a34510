package dev.lodestar.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import dev.lodestar.support.Api;
import dev.lodestar.support.BrowserJourney;

import static org.assertj.core.api.Assertions.assertThat;

/** Scoring on the objective page, in a real browser: the form opens in place, refusals show, the score lands. */
class ScoringJourneyTests extends BrowserJourney {

	@Test
	void scoresAKeyResultInPlaceAndReadsWhatTheScoreMeans() {
		var owner = api.newPerson("Selfscorer");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Learn what ambition feels like");
		long keyResult = api.newKeyResult(owner, objective, "INCREASE", 0, 10);

		browser.signIn(Api.read(api.get("/api/v1/people/me", owner), "$.email"), "password-1");
		browser.go("/objectives/" + objective);
		var js = (JavascriptExecutor) browser.driver();
		js.executeScript("window.stillTheSamePage = true;");
		browser.waitFor(By.cssSelector("#kr-" + keyResult + "-score button[aria-controls]")).click();
		browser.waitFor(By.id("kr-" + keyResult + "-score-value")).sendKeys("0.55");
		browser.find(By.id("kr-" + keyResult + "-score-reason")).sendKeys("Most customers came back");
		browser.find(By.cssSelector("#kr-" + keyResult + "-score-form button[type=submit]")).click();
		browser.waitUntil(driver -> !driver.findElement(By.id("kr-" + keyResult + "-score-value-error")).getText().isEmpty());
		assertThat(browser.find(By.id("kr-" + keyResult + "-score-value-error")).getText())
			.isEqualTo("must be a multiple of 0.1, such as 0.6 or 0.7");

		var value = browser.find(By.id("kr-" + keyResult + "-score-value"));
		value.clear();
		value.sendKeys("0.7");
		browser.find(By.cssSelector("#kr-" + keyResult + "-score-form button[type=submit]")).click();

		browser.waitUntil(driver -> driver.findElements(By.cssSelector("#kr-" + keyResult + "-score strong")).size() == 1);
		assertThat(browser.find(By.cssSelector("#kr-" + keyResult + "-score")).getText()).contains("0.7", "healthy ambition",
				"Most customers came back");
		assertThat(browser.find(By.cssSelector(".objective-score")).getText()).contains("0.7");
		assertThat(js.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
		browser.screenshot("objective-scores-en");
	}
}
