package dev.lodestar.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import dev.lodestar.showcase.ShowcaseFixtures;
import dev.lodestar.support.Api;
import dev.lodestar.support.BrowserJourney;

/**
 * The showcase in a real browser, in Chinese: a member nominates a team objective from its page, a coach accepts it on
 * the nominations page, and a colleague finds it from the explore page by theme and team and starts their own draft
 * from it, which credits the example.
 */
class ShowcaseJourneyTests extends BrowserJourney {

	@Test
	void aNominationIsAcceptedFoundByThemeAndTeamAndCopiedIntoACreditedDraftInChinese() {
		var coach = ShowcaseFixtures.coach(api, "ShowcaseCoach");
		var lead = api.newPerson("ShowcaseLead");
		var member = api.newPerson("ShowcaseMember");
		var colleague = api.newPerson("ShowcaseColleague");
		List.of(coach, member, colleague).forEach(api::speaksChinese);
		long team = api.newTeam("案例团队", null, List.of(lead.personId()), List.of(member.personId()));
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newTeamObjective(lead, cycle, team, "让新用户第一周就爱上搜索");
		api.newKeyResult(lead, objective, "INCREASE", 20, 45);
		String theme = Api.unique("用户");

		browser.signIn(email(member), "password-1");
		browser.go("/objectives/" + objective);
		browser.find(By.cssSelector("#showcase-nominate summary")).click();
		assertThat(browser.find(By.cssSelector("#showcase-nominate summary")).getText()).isEqualTo("推荐到案例库");
		browser.find(By.id("showcase-theme-input")).sendKeys(theme);
		browser.find(By.id("showcase-note-input")).sendKeys("以结果为导向，关键结果可衡量，团队共同制定");
		browser.find(By.id("showcase-nominate-submit")).click();
		assertThat(browser.find(By.id("showcase-state")).getText()).isEqualTo("已推荐到案例库，等待教练决定。");

		browser.signIn(email(coach), "password-1");
		browser.find(By.cssSelector("#showcase-home a[href='/showcase/nominations']")).click();
		browser.waitFor(By.id("nomination-" + entryOf(objective, coach)));
		assertThat(browser.find(By.cssSelector("main h1")).getText()).isEqualTo("待处理的推荐");
		browser.screenshot("showcase-nominations-zh");
		browser.find(By.id("accept-" + entryOf(objective, coach))).click();
		assertThat(browser.find(By.cssSelector("p.notice[role=status]")).getText()).isEqualTo("已收入案例库。");

		browser.signIn(email(colleague), "password-1");
		browser.go("/explore");
		browser.find(By.id("explore-showcase-link")).click();
		browser.waitUntil(driver -> "案例库".equals(driver.findElement(By.cssSelector("main h1")).getText()));
		new Select(browser.find(By.id("showcase-theme"))).selectByVisibleText(theme);
		new Select(browser.find(By.id("showcase-team"))).selectByValue(String.valueOf(team));
		browser.find(By.id("showcase-filter-submit")).click();
		browser.waitUntil(driver -> driver.getCurrentUrl().contains("team=" + team));
		var examples = browser.driver().findElements(By.cssSelector(".showcase-example"));
		assertThat(examples).hasSize(1);
		long entry = entryOf(objective, coach);
		assertThat(browser.find(By.cssSelector("#example-" + entry + " h2")).getText()).isEqualTo("让新用户第一周就爱上搜索");
		assertThat(browser.find(By.cssSelector("#example-" + entry + " .showcase-note")).getText())
			.isEqualTo("以结果为导向，关键结果可衡量，团队共同制定");
		browser.screenshot("showcase-browse-zh");
		new Select(browser.find(By.id("copy-" + entry + "-cycle"))).selectByValue(String.valueOf(cycle));
		browser.find(By.id("copy-" + entry)).click();

		browser.waitUntil(driver -> driver.getCurrentUrl().matches(".*/objectives/\\d+$")
				&& !driver.getCurrentUrl().endsWith("/objectives/" + objective));
		assertThat(browser.find(By.id("objective-title")).getText()).isEqualTo("让新用户第一周就爱上搜索");
		assertThat(browser.find(By.id("showcase-credit")).getText())
			.startsWith("基于案例库中的案例“让新用户第一周就爱上搜索”创建，该案例属于 案例团队");
		assertThat(browser.find(By.id("showcase-credit-source")).getAttribute("href")).endsWith("/objectives/" + objective);
		assertThat(browser.find(By.cssSelector(".badge.draft")).getText()).isNotBlank();
		browser.screenshot("showcase-credited-draft-zh");
	}

	private String email(Api.Session person) {
		return Api.read(api.get("/api/v1/people/me", person), "$.email");
	}

	private long entryOf(long objective, Api.Session coach) {
		List<Integer> ids = Api.read(api.get("/api/v1/showcase/nominations", coach),
				"$[?(@.objectiveId == " + objective + ")].entryId");
		if (!ids.isEmpty()) {
			return ids.get(0);
		}
		List<Integer> accepted = Api.read(api.get("/api/v1/showcase?size=200", coach),
				"$.examples.items[?(@.objectiveId == " + objective + ")].entryId");
		return accepted.get(0);
	}
}
