package dev.lodestar.journeys;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import dev.lodestar.cocreation.CoCreationFixtures;
import dev.lodestar.cocreation.CoCreationSession;
import dev.lodestar.platform.live.LiveStreams;
import dev.lodestar.platform.live.LiveUpdates;
import dev.lodestar.support.Api;
import dev.lodestar.support.Browser;
import dev.lodestar.support.BrowserJourney;

import static dev.lodestar.support.EventStream.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A co-creation session with the lead and a member in two browsers: a proposal made in one appears in the other
 * live; dots are cast hidden and revealed together; the lead adopts and finishes, and the adopted objective exists
 * as the team's draft, crediting who proposed it. A member whose stream drops catches up when it reconnects.
 */
class CoCreationJourneyTests extends BrowserJourney {

	@Autowired
	ApplicationContext context;

	@Autowired
	LiveUpdates live;

	private String email(Api.Session person) {
		return Api.read(api.get("/api/v1/people/me", person), "$.email");
	}

	private static String objectiveOn(Browser browser, String text) {
		return browser.driver().findElements(By.cssSelector(".cocreation-objective h3")).stream()
			.filter(heading -> heading.getText().equals(text))
			.map(heading -> heading.getAttribute("id").replace("item-", "").replace("-text", ""))
			.findFirst()
			.orElse(null);
	}

	@Test
	void aTeamProposesVotesAdoptsAndFinishesTogetherLive() throws Exception {
		var fixtures = new CoCreationFixtures(api);
		var room = fixtures.room();

		// The lead opens a session for the cycle, inviting the sibling team's lead.
		browser.signIn(email(room.lead()), "password-1");
		browser.go("/teams/" + room.teamId() + "/co-creation");
		new Select(browser.find(By.id("cocreation-cycle"))).selectByValue(String.valueOf(room.cycleId()));
		var votes = browser.find(By.id("cocreation-votes"));
		votes.clear();
		votes.sendKeys("2");
		browser.find(By.cssSelector("input[name=inviteeIds][value='" + room.neighbour().personId() + "']")).click();
		browser.find(By.id("cocreation-open-submit")).click();
		browser.waitFor(By.id("cocreation-live"));
		String sessionPath = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
		long session = Long.parseLong(sessionPath.substring(sessionPath.lastIndexOf('/') + 1));
		String topic = CoCreationSession.topicOf(session);

		try (Browser second = Browser.open(port)) {
			// The member joins from the link and proposes an objective; the lead's board shows it without a reload.
			second.signIn(email(room.member()), "password-1");
			second.go(sessionPath);
			second.waitFor(By.id("cocreation-live"));
			var memberPage = (JavascriptExecutor) second.driver();
			memberPage.executeScript("window.stillTheSamePage = true;");
			waitUntil(() -> live.subscribers(topic) == 2);
			second.find(By.id("propose-objective-new-text")).sendKeys("Make every team self-sufficient");
			second.find(By.cssSelector("#propose-objective-new button[type=submit]")).click();
			browser.waitUntil(driver -> objectiveOn(browser, "Make every team self-sufficient") != null);
			browser.find(By.id("propose-objective-new-text")).sendKeys("Earn the trust of new customers");
			browser.find(By.cssSelector("#propose-objective-new button[type=submit]")).click();
			second.waitUntil(driver -> objectiveOn(second, "Earn the trust of new customers") != null);
			String first = objectiveOn(second, "Make every team self-sufficient");
			String other = objectiveOn(second, "Earn the trust of new customers");
			assertThat(browser.find(By.cssSelector("#cocreation-participants + ul")).getText()).contains("Member");
			second.screenshot("cocreation-member-proposed");

			// The lead starts the dot vote; the member casts both dots on one objective, and a third is refused.
			browser.find(By.id("cocreation-start-voting")).click();
			second.find(By.id("vote-" + first)).click();
			second.waitUntil(driver -> driver.findElement(By.id("my-votes-" + first)).getText().contains("1"));
			second.find(By.id("vote-" + first)).click();
			second.waitUntil(driver -> driver.findElement(By.id("cocreation-votes-left")).getAttribute("data-votes-left").equals("0"));
			second.find(By.id("vote-" + other)).click();
			second.waitUntil(driver -> driver.findElement(By.id("cocreation-notice")).getText().contains("used all 2 of your dots"));
			browser.waitUntil(driver -> driver.findElement(By.id("cocreation-dots")).getText().contains("2"));
			assertThat(browser.driver().findElements(By.cssSelector(".cocreation-votes"))).as("hidden until revealed").isEmpty();

			// The lead reveals; both boards show where the dots went.
			browser.find(By.id("cocreation-reveal")).click();
			second.waitUntil(driver -> "2".equals(driver.findElement(By.id("votes-" + first)).getAttribute("data-votes")));
			browser.waitUntil(driver -> "0".equals(driver.findElement(By.id("votes-" + other)).getAttribute("data-votes")));

			// The lead adopts the chosen objective; the member sees it adopted.
			browser.find(By.cssSelector("#more-decide-" + first + " summary")).click();
			browser.find(By.id("decide-" + first + "-adopt")).click();
			second.waitUntil(driver -> driver.findElement(By.id("item-" + first + "-state")).getAttribute("data-state").equals("ADOPTED"));
			assertThat(second.find(By.id("cocreation-decision-log")).getText()).contains("Make every team self-sufficient");

			// The member's stream drops; a key result proposed meanwhile reaches them once it reconnects.
			LiveStreams.dropAll(context);
			assertThat(live.subscribers(topic)).isZero();
			fixtures.keyResult(session, room.teammate(), Long.parseLong(first), "Teams that deploy on their own");
			second.waitUntil(driver -> driver.findElement(By.id("cocreation-item-" + first)).getText()
				.contains("Teams that deploy on their own"));
			assertThat(memberPage.executeScript("return window.stillTheSamePage === true;")).isEqualTo(true);

			// The lead finishes: the adopted objective is the team's draft, crediting the member who proposed it.
			browser.find(By.id("cocreation-finish")).click();
			browser.driver().switchTo().alert().accept();
			second.waitUntil(driver -> driver.findElement(By.id("cocreation-state")).getAttribute("data-state").equals("FINISHED"));
			assertThat(second.driver().findElements(By.id("propose-objective-new"))).as("nothing more to propose").isEmpty();
			second.screenshot("cocreation-finished");
		}
		List<Number> outcome = Api.read(api.get(CoCreationFixtures.uri(session), room.lead()),
				"$.objectives[?(@.item.text == 'Make every team self-sufficient')].item.outcomeId");
		long objective = outcome.get(0).longValue();
		var created = api.get("/api/v1/objectives/" + objective, room.member());
		assertThat(Api.<String>read(created, "$.title")).isEqualTo("Make every team self-sufficient");
		assertThat(Api.<Boolean>read(created, "$.draft")).isTrue();
		browser.go("/objectives/" + objective);
		assertThat(browser.find(By.id("cocreation-origin")).getText()).contains("Member");
		assertThat(Api.<List<Map<String, Object>>>read(api.get(CoCreationFixtures.uri(session), room.lead()),
				"$.objectives[?(@.item.text == 'Earn the trust of new customers')].item.outcomeId")).isEmpty();
	}
}
