package dev.lodestar.objectives.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Pages;
import dev.lodestar.support.PageIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class TeamAndPersonPagesIntegrationTests extends PageIntegrationTest {

	@Test
	void showsATeamsObjectivesPeopleParentAndSubTeams() {
		var lead = api.newPerson("Lead");
		var member = api.newPerson("Member");
		long parent = api.newTeam("Department", null, List.of(), List.of());
		long team = api.newTeam("Squad", parent, List.of(lead.personId()), List.of(member.personId()));
		long sub = api.newTeam("Guild", team, List.of(), List.of());
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newTeamObjective(lead, cycle, team, "Ship with confidence");

		var page = Pages.html(pages.get("/teams/" + team + "?cycle=" + cycle, member));

		assertThat(page.select("a[href=/teams/" + parent + "]")).hasSize(1);
		assertThat(page.select("a[href=/teams/" + sub + "]")).hasSize(1);
		var people = page.select("section[aria-labelledby=people]");
		assertThat(people.select("a[href=/people/" + lead.personId() + "]")).hasSize(1);
		assertThat(people.select("a[href=/people/" + member.personId() + "]")).hasSize(1);
		assertThat(page.select("#objective-" + objective + "-title").text()).isEqualTo("Ship with confidence");
		assertThat(page.select("#cycle-picker option[selected]").attr("value")).isEqualTo(String.valueOf(cycle));
	}

	@Test
	void offersANewTeamObjectiveToTheTeamOnly() {
		var member = api.newPerson("Inside");
		var outsider = api.newPerson("Outside");
		long team = api.newTeam("Closed", null, List.of(), List.of(member.personId()));
		long cycle = api.newCycle("ACTIVE");

		assertThat(Pages.html(pages.get("/teams/" + team + "?cycle=" + cycle, member)).select("a[href^=/objectives/new]")).hasSize(1);
		assertThat(Pages.html(pages.get("/teams/" + team + "?cycle=" + cycle, outsider)).select("a[href^=/objectives/new]")).isEmpty();
	}

	@Test
	void showsAPersonsObjectivesTeamsAndRecentCheckIns() {
		var person = api.newPerson("Shown");
		var reader = api.newPerson("Reader");
		long team = api.newTeam("Person's team", null, List.of(), List.of(person.personId()));
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(person, cycle, "Write clearly");
		long keyResult = api.newKeyResult(person, objective, "INCREASE", 0, 10);
		api.post("/api/v1/key-results/" + keyResult + "/check-ins", person, Map.of("value", 3, "confidence", 6, "note", "drafted"));
		long secret = api.id(api.post("/api/v1/objectives", person, Map.of("cycleId", cycle, "ownerPersonId", person.personId(),
				"title", "Secret", "visibility", "PRIVATE")));
		long secretKeyResult = api.newKeyResult(person, secret, "INCREASE", 0, 10);
		api.post("/api/v1/key-results/" + secretKeyResult + "/check-ins", person, Map.of("value", 1, "confidence", 2, "note", "hidden"));

		var page = Pages.html(pages.get("/people/" + person.personId() + "?cycle=" + cycle, reader));
		var recent = Pages.html(pages.get("/people/" + person.personId() + "/check-ins", reader));

		assertThat(page.select("a[href=/teams/" + team + "]")).hasSize(1);
		assertThat(page.select("#objective-" + objective + "-title")).hasSize(1);
		assertThat(page.select("#objective-" + secret + "-title")).isEmpty();
		assertThat(page.select("[hx-get=/people/" + person.personId() + "/check-ins]")).hasSize(1);
		assertThat(recent.select("tbody tr")).hasSize(1);
		assertThat(recent.text()).contains("drafted").doesNotContain("hidden");
	}

	@Test
	void answersAnUnknownTeamOrPersonWith404() {
		var reader = api.newPerson("Lost");

		assertThat(pages.get("/teams/987654321", reader)).hasStatus(404);
		assertThat(pages.get("/people/987654321", reader)).hasStatus(404);
	}
}
