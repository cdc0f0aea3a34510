package dev.lodestar.journeys;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import dev.lodestar.support.Api;
import dev.lodestar.support.BrowserJourney;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a reminder leads: its link opens the key result's check-in form, and the check-in is one submit away. */
class NotificationsJourneyTests extends BrowserJourney {

	@Test
	void aRemindersLinkOpensTheCheckInFormOfItsKeyResult() {
		var owner = api.newPerson("Reminded");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "Delight every new customer");
		api.newKeyResult(owner, objective, "INCREASE", 0, 10);
		long keyResult = api.newKeyResult(owner, objective, "INCREASE", 0, 20);
		browser.signIn(Api.read(api.get("/api/v1/people/me", owner), "$.email"), "password-1");

		browser.go("/objectives/" + objective + "?check-in=" + keyResult + "#kr-" + keyResult);

		var value = browser.waitFor(By.cssSelector("#kr-" + keyResult + "-form input[name=value]"));
		assertThat(browser.driver().findElements(By.cssSelector("form input[name=value]"))).hasSize(1);
		value.sendKeys("7");
		browser.find(By.cssSelector("#kr-" + keyResult + "-form input[name=confidence]")).sendKeys("6");
		browser.find(By.cssSelector("#kr-" + keyResult + "-form button[type=submit]")).click();
		browser.waitUntil(driver -> driver.findElements(By.cssSelector("#kr-" + keyResult + "-form input[name=value]")).isEmpty());
		assertThat(Api.<Integer>read(api.get("/api/v1/key-results/" + keyResult + "/check-ins", owner), "$.totalItems"))
			.isEqualTo(1);
		browser.screenshot("reminder-link-checked-in");
	}
}
