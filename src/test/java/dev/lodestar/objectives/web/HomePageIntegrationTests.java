package dev.lodestar.objectives.web;

import java.util.List;
import java.util.Map;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.checkins.CheckInManagement;
import dev.lodestar.checkins.NewCheckIn;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.support.Api;

import dev.lodestar.support.Pages;
import dev.lodestar.support.PageIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class HomePageIntegrationTests extends PageIntegrationTest {

	@Autowired
	CheckInManagement checkIns;

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
	void countsTheWeekFromTheOrganisationsCheckInDay() {
		var person = api.newPerson("Weekday");
		long cycle = api.newCycle("ACTIVE");
		long keyResult = api.newKeyResult(person, api.newPersonalObjective(person, cycle, "On our rhythm"), "INCREASE", 0, 10);
		var caller = new Caller(person.personId(), "Weekday", false, Locale.ENGLISH, Set.of());
		checkIns.recordHistorical(caller, keyResult, new NewCheckIn(BigDecimal.ONE, null, 5, ""), Instant.now().minus(Duration.ofDays(3)));
		LocalDate today = LocalDate.now(ZoneId.systemDefault());
		var policy = api.get("/api/v1/policy/check-ins", person);
		int version = Api.read(policy, "$.version");
		String weekday = Api.read(policy, "$.weekday");
		try {
			api.put("/api/v1/policy/check-ins", api.admin(), Map.of("weekday", today.minusDays(1).getDayOfWeek().name(), "version", version));
			assertThat(Pages.html(pages.get("/?cycle=" + cycle, person)).select("#kr-" + keyResult + " .badge.stale")).hasSize(1);

			api.put("/api/v1/policy/check-ins", api.admin(), Map.of("weekday", today.minusDays(5).getDayOfWeek().name(), "version", version + 1));
			assertThat(Pages.html(pages.get("/?cycle=" + cycle, person)).select("#kr-" + keyResult + " .badge.stale")).isEmpty();
		}
		finally {
			api.put("/api/v1/policy/check-ins", api.admin(), Map.of("weekday", weekday, "version", version + 2));
		}
	}

	@Test
	void offersNoCheckInOnceTheCycleIsClosed() {
		var person = api.newPerson("Closed");
		long cycle = api.newCycle("ACTIVE");
		long keyResult = api.newKeyResult(person, api.newPersonalObjective(person, cycle, "Done and dusted"), "INCREASE", 0, 10);
		String name = Api.read(api.get("/api/v1/cycles/" + cycle, person), "$.name");
		api.put("/api/v1/cycles/" + cycle, api.admin(),
				Map.of("name", name, "startsOn", "2026-10-01", "endsOn", "2026-12-31", "state", "CLOSED", "version", 0));

		assertThat(Pages.html(pages.get("/?cycle=" + cycle, person)).select("#kr-" + keyResult + " .actions")).isEmpty();
		assertThat(Pages.html(pages.get("/key-results/" + keyResult + "/row", person)).select(".actions")).isEmpty();
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
