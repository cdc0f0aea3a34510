package dev.lodestar.objectives.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Pages;
import dev.lodestar.support.PageIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class HomePageIntegrationTests extends PageIntegrationTest {

	@Test
	void showsMyObjectivesAndMyTeamsWithProgressAndConfidence() {
		var person = api.newPerson("Home");
		long team = api.newTeam("Homely", null, List.of(), List.of(person.personId()));
		long cycle = api.newCycle("ACTIVE");
		long mine = api.newPersonalObjective(person, cycle, "Grow as a mentor");
		long ours = api.newTeamObjective(person, cycle, team, "Delight our users");
		long keyResult = api.newKeyResult(person, ours, "INCREASE", 0, 10);
		api.post("/api/v1/key-results/" + keyResult + "/check-ins", person, Map.of("value", 5, "confidence", 7));

		var home = Pages.html(pages.get("/?cycle=" + cycle, person));

		assertThat(home.select("h1").text()).isEqualTo("My OKRs");
		assertThat(home.select("#objective-" + mine + "-title").text()).isEqualTo("Grow as a mentor");
		assertThat(home.select("#objective-" + ours + "-title").text()).isEqualTo("Delight our users");
		var row = home.select("#kr-" + keyResult);
		assertThat(row.select("progress").attr("value")).isEqualTo("50.0");
		assertThat(row.text()).contains("confidence 7/10").doesNotContain("Not checked in this week");
		assertThat(row.select("button[hx-get=/key-results/" + keyResult + "/check-in]")).hasSize(1);
	}

	@Test
	void marksKeyResultsNotCheckedInThisWeek() {
		var person = api.newPerson("Late");
		long cycle = api.newCycle("ACTIVE");
		long keyResult = api.newKeyResult(person, api.newPersonalObjective(person, cycle, "Keep the rhythm"), "INCREASE", 0, 10);

		var row = Pages.html(pages.get("/?cycle=" + cycle, person)).select("#kr-" + keyResult);

		assertThat(row.select(".badge.stale").text()).isEqualTo("Not checked in this week");
	}

	@Test
	void speaksThePersonsLanguage() {
		var person = api.newPerson("Chinese");
		speaksChinese(person);
		long cycle = api.newCycle("ACTIVE");
		api.newPersonalObjective(person, cycle, "学会倾听");

		var home = Pages.html(pages.get("/?cycle=" + cycle, person));

		assertThat(home.select("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(home.select("h1").text()).isEqualTo("我的 OKR");
		assertThat(home.select(".language-switch button[aria-pressed=true]").text()).isEqualTo("中文");
	}

	@Test
	void leavesOutWhatThePersonMayNotSee() {
		var person = api.newPerson("Viewer");
		var other = api.newPerson("Other");
		long team = api.newTeam("Shared", null, List.of(), List.of(person.personId(), other.personId()));
		long cycle = api.newCycle("ACTIVE");
		api.newTeamObjective(person, cycle, team, "Team goal");
		api.post("/api/v1/objectives", other, Map.of("cycleId", cycle, "ownerPersonId", other.personId(),
				"title", "Other's private goal", "visibility", "PRIVATE"));

		var home = Pages.html(pages.get("/?cycle=" + cycle, person));

		assertThat(home.text()).contains("Team goal").doesNotContain("Other's private goal");
	}

	@Test
	void sendsStrangersToSignIn() {
		assertThat(pages.get("/", null)).hasStatus(302).redirectedUrl().endsWith("/sign-in");
	}

	@Test
	void issuesTheSameNumberOfStatementsForOneObjectiveAndForMany() {
		var small = api.newPerson("Small");
		var large = api.newPerson("Large");
		long cycle = api.newCycle("ACTIVE");
		api.newKeyResult(small, api.newPersonalObjective(small, cycle, "Only one"), "INCREASE", 0, 10);
		for (int o = 0; o < 4; o++) {
			long objective = api.newPersonalObjective(large, cycle, "Objective " + (char) ('A' + o));
			for (int k = 0; k < 3; k++) {
				long keyResult = api.newKeyResult(large, objective, "INCREASE", 0, 10);
				api.post("/api/v1/key-results/" + keyResult + "/check-ins", large, Map.of("value", k + 1, "confidence", 5));
			}
		}
		pages.get("/?cycle=" + cycle, small);

		statements.reset();
		pages.get("/?cycle=" + cycle, small);
		int forOne = statements.count();
		statements.reset();
		pages.get("/?cycle=" + cycle, large);

		assertThat(statements.count()).isEqualTo(forOne);
	}
}
