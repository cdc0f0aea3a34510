package dev.lodestar.objectives.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.Pages;
import dev.lodestar.support.PageIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ExplorePageIntegrationTests extends PageIntegrationTest {

	@Test
	void findsVisibleObjectivesByTextTeamAndPersonPageByPage() {
		var person = api.newPerson("Seeker");
		long team = api.newTeam("Seekers", null, List.of(person.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");
		String word = Api.unique("Compass");
		for (int i = 0; i < 12; i++) {
			api.newPersonalObjective(api.newPerson("Author"), cycle, word + " " + i);
		}
		long teams = api.newTeamObjective(person, cycle, team, word + " for the team");

		var first = Pages.html(pages.get("/explore?cycle=" + cycle + "&q=" + word, person));
		var second = Pages.html(pages.get("/explore?cycle=" + cycle + "&q=" + word + "&page=1", person));
		var byTeam = Pages.html(pages.get("/explore?cycle=" + cycle + "&q=" + word + "&team=" + team, person));
		var byPerson = Pages.html(pages.get("/explore?cycle=" + cycle + "&q=" + word + "&person=" + person.personId(), person));

		assertThat(first.select("#explore-results article")).hasSize(10);
		assertThat(first.select("#explore-results .meta").first().text()).isEqualTo("13 objectives found");
		assertThat(second.select("#explore-results article")).hasSize(3);
		assertThat(byTeam.select("#explore-results article")).hasSize(1);
		assertThat(byTeam.select("#objective-" + teams + "-title")).hasSize(1);
		assertThat(byPerson.select("#explore-results article")).isEmpty();
	}

	@Test
	void answersHtmxWithTheResultsAlone() {
		var person = api.newPerson("Typist");
		long cycle = api.newCycle("ACTIVE");
		api.newPersonalObjective(person, cycle, "Typed as you go");

		var fragment = pages.get("/explore?cycle=" + cycle + "&q=Typed", person, "HX-Request", "true");

		assertThat(Api.body(fragment)).doesNotContain("<html").contains("explore-results");
		assertThat(Pages.html(fragment).select("article")).hasSize(1);
	}

	@Test
	void neverShowsAPrivateObjectiveToAStranger() {
		var owner = api.newPerson("Keeper");
		var stranger = api.newPerson("Stranger");
		long cycle = api.newCycle("ACTIVE");
		String word = Api.unique("Hidden");
		api.post("/api/v1/objectives", owner, Map.of("cycleId", cycle, "ownerPersonId", owner.personId(), "title", word,
				"visibility", "PRIVATE"));

		var page = Pages.html(pages.get("/explore?cycle=" + cycle + "&q=" + word, stranger));

		assertThat(page.select("#explore-results article")).isEmpty();
		assertThat(page.select("#explore-results .meta").first().text()).isEqualTo("No objectives found");
	}

	@Test
	void offersPeopleMatchingWhatWasTyped() {
		var person = api.newPerson("Picker");
		String name = Api.unique("Zora");
		api.post("/api/v1/people", api.admin(), Map.of("name", name, "email", name.toLowerCase() + "@lodestar.test",
				"password", "password-1"));

		var options = Pages.html(pages.get("/people/options?personQuery=" + name, person));

		assertThat(options.select("option")).extracting(option -> option.text()).containsExactly("Anyone", name);
	}
}
