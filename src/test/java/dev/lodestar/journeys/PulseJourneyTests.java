package dev.lodestar.journeys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import dev.lodestar.pulse.PulseQuestion;
import dev.lodestar.support.Api;
import dev.lodestar.support.BrowserJourney;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A motivation pulse in Chinese: an admin opens it, answers it from the home page like everyone, and the team's
 * pulse beside its OKR health says there are not enough answers until the fifth, then draws the means.
 */
class PulseJourneyTests extends BrowserJourney {

	private static Map<String, Object> answers() {
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (PulseQuestion question : PulseQuestion.values()) {
			answers.put(question.name(), 4);
		}
		return Map.of("answers", answers);
	}

	@Test
	void aPulseIsOpenedAnsweredAndChartedInChinese() {
		var admin = api.newPerson("PulseAdmin", true);
		api.speaksChinese(admin);
		List<Api.Session> others = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			others.add(api.newPerson("PulseMember" + i));
		}
		List<Long> members = new ArrayList<>(others.stream().map(Api.Session::personId).toList());
		members.add(admin.personId());
		long team = api.newTeam("Pulse journey team", null, List.of(), members);
		long cycle = api.newCycle("ACTIVE");
		browser.signIn(Api.read(api.get("/api/v1/people/me", admin), "$.email"), "password-1");

		browser.go("/admin/pulses");
		new Select(browser.waitFor(By.id("pulse-cycle"))).selectByValue(String.valueOf(cycle));
		browser.find(By.id("pulse-open")).click();
		assertThat(browser.waitFor(By.id("pulse-admin-done")).getText()).isEqualTo("脉搏调查已开启。");
		long pulse = Long.parseLong(browser.find(By.cssSelector("#pulse-list tbody tr")).getAttribute("data-pulse"));
		for (Api.Session other : others.subList(0, 3)) {
			assertThat(api.post("/api/v1/pulses/" + pulse + "/answers", other, answers())).hasStatus(201);
		}

		browser.go("/");
		browser.waitFor(By.cssSelector("#pulse-notice a")).click();
		browser.waitFor(By.id("pulse-form"));
		for (PulseQuestion question : PulseQuestion.values()) {
			browser.find(By.cssSelector("input[name=" + question.name() + "][value='5']")).click();
		}
		browser.screenshot("pulse-form-zh");
		browser.find(By.id("pulse-submit")).click();
		assertThat(browser.waitFor(By.id("pulse-done")).getText()).isEqualTo("谢谢：你的回答已计入。");

		browser.go("/admin/pulses");
		browser.waitFor(By.id("pulse-close-" + pulse)).click();
		assertThat(browser.waitFor(By.id("pulse-admin-done")).getText()).isEqualTo("脉搏调查已关闭。");
		browser.go("/teams/" + team + "/health");
		var cell = browser.waitFor(By.cssSelector("#pulse-results tr[data-cycle='" + cycle + "'] td"));
		assertThat(cell.getText()).isEqualTo("回答还不够：还需要 1 人。");

		// The next cycle's pulse, answered by all five, shows its means beside the first one's "not enough".
		long nextCycle = api.newCycle("ACTIVE");
		long next = Api.id(api.post("/api/v1/pulses", api.admin(), Map.of("cycleId", nextCycle)));
		assertThat(api.post("/api/v1/pulses/" + next + "/answers", admin, answers())).hasStatus(201);
		for (Api.Session other : others) {
			assertThat(api.post("/api/v1/pulses/" + next + "/answers", other, answers())).hasStatus(201);
		}
		assertThat(api.post("/api/v1/pulses/" + next + "/close", api.admin(), null)).hasStatusOk();
		browser.go("/teams/" + team + "/health");
		browser.waitFor(By.cssSelector("#pulse-results tr[data-cycle='" + nextCycle + "'] td.number"));
		assertThat(browser.driver().findElements(By.cssSelector("#pulse-results tr[data-cycle='" + nextCycle + "'] td.number"))
			.stream().map(td -> td.getText()).toList()).containsExactly("4", "4", "4");
		assertThat(browser.find(By.cssSelector("#pulse-results tr[data-cycle='" + cycle + "'] td")).getText())
			.isEqualTo("回答还不够：还需要 1 人。");
		var chart = browser.waitFor(By.cssSelector(".pulse-chart svg"));
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", chart);
		browser.screenshot("pulse-chart-zh");
	}
}
