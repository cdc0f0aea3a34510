package dev.lodestar.journeys;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.scoring.ReviewFixtures;
import dev.lodestar.scoring.ScoreManagement;
import dev.lodestar.support.Api;
import dev.lodestar.support.Browser;
import dev.lodestar.support.BrowserJourney;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A weekly review with two people in two browsers: feedback stays private until the lead reveals it, and the
 * reveal and a revised score reach the other browser live, without a reload.
 */
class WeeklyReviewJourneyTests extends BrowserJourney {

	private static final String COMMENT = "Half of the customers came back only once";

	@Autowired
	ScoreManagement scoring;

	private String email(Api.Session person) {
		return Api.read(api.get("/api/v1/people/me", person), "$.email");
	}

	@Test
	void feedbackStaysPrivateUntilTheLeadRevealsItAndTheRevealAndARevisedScoreArriveLive() {
		var fixtures = new ReviewFixtures(api, scoring);
		var lead = api.newPerson("Leading");
		var member = api.newPerson("Member");
		long team = api.newTeam("Reviewing team", null, List.of(lead.personId()), List.of(member.personId()));
		long cycle = fixtures.cycleRunningToday();
		long objective = api.newPersonalObjective(lead, cycle, "Bring customers back every month");
		long keyResult = api.newKeyResult(lead, objective, "INCREASE", 0, 10);
		fixtures.checkIn(lead, keyResult, 4, 7);
		fixtures.score(lead, keyResult, "0.7", 0);
		String row = "#review-kr-" + keyResult;

		// The lead opens this week's review from the team's review page.
		browser.signIn(email(lead), "password-1");
		browser.go("/teams/" + team + "/review");
		browser.find(By.cssSelector("form[action='/teams/" + team + "/review'] button[type=submit]")).click();
		browser.waitFor(By.id("review-live"));
		assertThat(browser.driver().getCurrentUrl()).contains("/reviews/");

		try (Browser second = Browser.open(port)) {
			// The member finds it from the team's page and joins.
			second.signIn(email(member), "password-1");
			second.go("/teams/" + team);
			second.find(By.cssSelector(".review-link a")).click();
			second.find(By.cssSelector("main a.button[href^='/reviews/']")).click();
			second.waitFor(By.id("review-live"));
			var memberPage = (JavascriptExecutor) second.driver();
			memberPage.executeScript("window.stillTheSamePage = true;");
			second.screenshot("weekly-review-member-joined");

			// The member would score it 0.5, with a comment.
			second.find(By.id("feedback-" + keyResult + "-score")).click();
			second.find(By.id("feedback-" + keyResult + "-suggested")).sendKeys("0.5");
			second.find(By.id("feedback-" + keyResult + "-comment")).sendKeys(COMMENT);
			second.find(By.cssSelector("#feedback-" + keyResult + " button[type=submit]")).click();
			second.waitUntil(driver -> driver.findElement(By.cssSelector(row + " .review-mine")).getText().contains(COMMENT));

			// The lead's board learns live that feedback was given, but not what it says.
			browser.waitUntil(driver -> driver.findElement(By.cssSelector(row + " .review-feedback-count")).getText()
				.equals("1 teammate gave feedback"));
			assertThat(browser.driver().getPageSource()).doesNotContain(COMMENT);
			browser.screenshot("weekly-review-lead-before-reveal");

			// The lead reveals; the member's page shows the feedback without a reload.
			browser.find(By.id("review-reveal")).click();
			browser.waitUntil(driver -> driver.findElement(By.cssSelector(row + " .review-feedback")).getText().contains(COMMENT));
			second.waitUntil(driver -> driver.findElement(By.cssSelector(row + " .review-feedback")).getText().contains(COMMENT));
			assertThat(second.find(By.cssSelector(row + " .review-feedback")).getText()).contains("would score it 0.5");
			assertThat(second.driver().findElements(By.id("feedback-" + keyResult))).isEmpty();
			assertThat(memberPage.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);

			// The owner (the lead) revises the score on the board; the member sees the new score live.
			var value = browser.find(By.id("kr-" + keyResult + "-score-value"));
			value.clear();
			value.sendKeys("0.6");
			browser.find(By.id("kr-" + keyResult + "-score-reason")).sendKeys("The team is right: fewer came back");
			browser.find(By.cssSelector("#review-revise-" + keyResult + " button[type=submit]")).click();
			second.waitUntil(driver -> "0.6".equals(driver.findElement(By.cssSelector(row + " .review-score")).getAttribute("data-score")));
			assertThat(second.find(By.cssSelector(row + " .review-score")).getText()).contains("0.6", "healthy ambition");
			assertThat(memberPage.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);
			browser.waitUntil(driver -> "0.6".equals(driver.findElement(By.cssSelector(row + " .review-score")).getAttribute("data-score")));
			second.screenshot("weekly-review-member-after-revision");
		}
	}
}
