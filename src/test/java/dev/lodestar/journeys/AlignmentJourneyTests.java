package dev.lodestar.journeys;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import dev.lodestar.support.Api;
import dev.lodestar.support.BrowserJourney;

import static org.assertj.core.api.Assertions.assertThat;

/** Aligning an objective in a real browser: found by typing, linked to a key result, a loop refused, roll-up on. */
class AlignmentJourneyTests extends BrowserJourney {

	@Test
	void alignsAnObjectiveToAKeyResultFoundByTypingIsToldAboutALoopAndRollsUp() {
		var person = api.newPerson("Aligner");
		long team = api.newTeam("Aligners", null, List.of(person.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");
		String word = Api.unique("Northstar");
		long parent = api.newTeamObjective(person, cycle, team, "Reach the " + word);
		long keyResult = api.newKeyResult(person, parent, "PERCENTAGE", 0, 100);
		long child = api.newPersonalObjective(person, cycle, "Walk towards the " + word);
		api.newKeyResult(person, child, "PERCENTAGE", 0, 100);
		browser.signIn(Api.read(api.get("/api/v1/people/me", person), "$.email"), "password-1");

		browser.go("/objectives/" + child);
		var js = (JavascriptExecutor) browser.driver();
		js.executeScript("window.stillTheSamePage = true;");
		browser.find(By.id("align-search")).sendKeys(word);
		browser.find(By.cssSelector("input[name=parent][value=key-result-" + keyResult + "]")).click();
		browser.find(By.cssSelector("#align-form button[type=submit]")).click();
		browser.waitUntil(driver -> driver.findElement(By.cssSelector(".supports a")).getText().equals("Reach the " + word));
		assertThat(js.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);

		browser.go("/objectives/" + parent);
		browser.find(By.id("align-search")).sendKeys("Walk towards");
		browser.find(By.cssSelector("input[name=parent][value=objective-" + child + "]")).click();
		browser.find(By.cssSelector("#align-form button[type=submit]")).click();
		browser.waitUntil(driver -> driver.findElement(By.id("align-parent-error")).getText().contains("would close a loop"));
		assertThat(browser.driver().findElements(By.cssSelector(".supports li"))).isEmpty();

		browser.find(By.cssSelector(".supported-by button[role=switch]")).click();
		browser.waitUntil(driver -> driver.findElement(By.cssSelector(".rolled-up span")).getText()
			.equals("Supporting objectives: 0% (mean of 1)"));
		browser.screenshot("alignment-en");
	}
}
