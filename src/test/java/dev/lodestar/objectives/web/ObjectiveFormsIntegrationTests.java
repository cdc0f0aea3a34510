package dev.lodestar.objectives.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static dev.lodestar.support.Pages.html;
import static org.assertj.core.api.Assertions.assertThat;

/** Setting, rewording and deleting objectives through the web forms, held to the same rules as the API. */
class ObjectiveFormsIntegrationTests extends ApiIntegrationTest {

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	@Test
	void offersMeAndMyTeamsAsOwnersAndPreselectsTheTeamAskedFor() {
		var lead = api.newPerson("Lead");
		long team = api.newTeam("Search", null, List.of(lead.personId()), List.of());
		long other = api.newTeam("Elsewhere", null, List.of(), List.of());
		long cycle = api.newCycle("ACTIVE");

		var document = html(pages.get("/objectives/new?cycle=" + cycle + "&team=" + team, lead));

		assertThat(document.select("#objective-owner option").eachAttr("value"))
			.contains("person:" + lead.personId(), "team:" + team).doesNotContain("team:" + other);
		assertThat(document.select("#objective-owner option[selected]").attr("value")).isEqualTo("team:" + team);
		assertThat(document.select("#objective-cycle option[selected]").attr("value")).isEqualTo(String.valueOf(cycle));
		assertThat(document.select("label[for=objective-title]")).hasSize(1);
		assertThat(document.select("#objective-title").attr("hx-post")).isEqualTo("/objectives/validate");
		assertThat(document.select("#objective-title").attr("hx-trigger")).isEqualTo("input changed delay:300ms");
		assertThat(document.select("input[name=idempotencyKey]").val()).isNotBlank();
	}

	@Test
	void setsAnObjectiveAndLeadsToItsPage() {
		var lead = api.newPerson("Lead");
		long team = api.newTeam("Search", null, List.of(lead.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");

		var created = pages.post("/objectives", lead, form(cycle, "team:" + team, "Be the place people look first"));

		assertThat(created).hasStatus3xxRedirection();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).matches("/objectives/\\d+");
		assertThat(api.get("/api/v1" + location, lead)).bodyJson().extractingPath("$.ownerTeamId").isEqualTo((int) team);
	}

	@Test
	void setsOneObjectiveWhenTheSameFormIsSentTwice() {
		var person = api.newPerson("DoubleClicker");
		long cycle = api.newCycle("ACTIVE");
		var form = form(cycle, "person:" + person.personId(), "Decide calmly");

		var first = pages.post("/objectives", person, form);
		var second = pages.post("/objectives", person, form);

		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(api.get("/api/v1/objectives?cycleId=" + cycle, person)).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
	}

	@Test
	void refusesAnEmptyTitleNextToTheFieldKeepingWhatWasTyped() {
		var person = api.newPerson("Hasty");
		long cycle = api.newCycle("ACTIVE");
		var form = form(cycle, "person:" + person.personId(), " ");
		form.put("description", "Why it matters to me");

		var refused = pages.post("/objectives", person, form);

		assertThat(refused).hasStatus(422);
		var document = html(refused);
		assertThat(document.select("#objective-title-error").text()).isEqualTo("must not be blank");
		assertThat(document.select("#objective-title").attr("aria-invalid")).isEqualTo("true");
		assertThat(document.select("#objective-description").text()).isEqualTo("Why it matters to me");
		assertThat(api.get("/api/v1/objectives?cycleId=" + cycle, person)).bodyJson().extractingPath("$.totalItems").isEqualTo(0);
	}

	@Test
	void explainsTheCapBeforeASixthObjectiveIsTypedAndRefusesItWithTheRule() {
		var person = api.newPerson("Ambitious");
		long cycle = api.newCycle("ACTIVE");
		for (int i = 1; i <= 5; i++) {
			api.newPersonalObjective(person, cycle, "Objective " + i);
		}

		var empty = html(pages.get("/objectives/new?cycle=" + cycle, person));
		var refused = pages.post("/objectives", person, form(cycle, "person:" + person.personId(), "One more"));

		assertThat(empty.select("#objective-cap-notice").text()).contains("at most 5 objectives per cycle").contains("focus");
		assertThat(refused).hasStatus(422);
		assertThat(html(refused).select("#objective-cap-notice").text()).contains("at most 5 objectives per cycle");
		assertThat(html(refused).select("#objective-title").val()).isEqualTo("One more");
		assertThat(api.get("/api/v1/objectives?cycleId=" + cycle, person)).bodyJson().extractingPath("$.totalItems").isEqualTo(5);
	}

	@Test
	void checksTheTitleWhileItIsTypedAndLeavesUntouchedFieldsQuiet() {
		var person = api.newPerson("Typist");
		long cycle = api.newCycle("ACTIVE");
		var typing = form(cycle, "person:" + person.personId(), "Grow revenue by 30%");
		typing.put("description", "");

		var withNumbers = html(pages.post("/objectives/validate", person, typing, "HX-Request", "true", "HX-Trigger-Name", "title"));
		typing.put("title", "");
		var emptied = html(pages.post("/objectives/validate", person, typing, "HX-Request", "true", "HX-Trigger-Name", "title"));
		typing.put("title", "x".repeat(201));
		var overlong = html(pages.post("/objectives/validate", person, typing, "HX-Request", "true", "HX-Trigger-Name", "description"));

		assertThat(withNumbers.select("[hx-swap-oob='innerHTML:#objective-title-hints'] .hint").text())
			.contains("put numbers into key results");
		assertThat(withNumbers.select("[hx-swap-oob='innerHTML:#objective-title-error']").text()).isEmpty();
		assertThat(emptied.select("[hx-swap-oob='innerHTML:#objective-title-error']").text()).isEqualTo("must not be blank");
		assertThat(emptied.select("[hx-swap-oob='innerHTML:#objective-title-hints']").text()).isEmpty();
		assertThat(emptied.select("[hx-swap-oob='innerHTML:#objective-description-error']").text()).isEmpty();
		assertThat(overlong.select("[hx-swap-oob='innerHTML:#objective-title-error']").text())
			.isEqualTo("must have between 0 and 200 characters or items");
	}

	@Test
	void explainsTheCapWhileTheOwnerIsChosen() {
		var lead = api.newPerson("Lead");
		long team = api.newTeam("Full", null, List.of(lead.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");
		for (int i = 1; i <= 5; i++) {
			api.newTeamObjective(lead, cycle, team, "Team objective " + i);
		}

		var full = html(pages.post("/objectives/validate", lead, form(cycle, "team:" + team, ""), "HX-Trigger-Name", "owner"));
		var free = html(pages.post("/objectives/validate", lead, form(cycle, "person:" + lead.personId(), ""), "HX-Trigger-Name", "owner"));

		assertThat(full.select("[hx-swap-oob='innerHTML:#objective-cap-notice']").text()).contains("at most 5 objectives");
		assertThat(free.select("[hx-swap-oob='innerHTML:#objective-cap-notice']")).hasSize(1);
		assertThat(free.select("[hx-swap-oob='innerHTML:#objective-cap-notice']").text()).isEmpty();
	}

	@Test
	void rewordsAnObjectiveAndMakesItPrivateForNamedViewers() {
		var owner = api.newPerson("Owner");
		var viewer = api.newPerson("Viewer");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "Be kind");

		var form = html(pages.get("/objectives/" + objective + "/edit", owner));
		var saved = pages.post("/objectives/" + objective, owner, Map.of("title", "Be kind and clear", "description", "",
				"visibility", "PRIVATE", "viewerIds", String.valueOf(viewer.personId()), "version", form.select("input[name=version]").val()));

		assertThat(form.select("#objective-title").val()).isEqualTo("Be kind");
		assertThat(saved).hasStatus3xxRedirection();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/objectives/" + objective);
		var now = api.get("/api/v1/objectives/" + objective, owner);
		assertThat(now).bodyJson().extractingPath("$.title").isEqualTo("Be kind and clear");
		assertThat(now).bodyJson().extractingPath("$.viewerIds").asArray().containsExactly((int) viewer.personId());
		// A chosen viewer is always offered, however far down the people list their name comes.
		assertThat(html(pages.get("/objectives/" + objective + "/edit", owner))
			.select("#objective-viewerIds option[value=" + viewer.personId() + "][selected]")).hasSize(1);
	}

	@Test
	void showsWhatSomeoneElseSavedMeanwhileAndKeepsWhatWasTyped() {
		var owner = api.newPerson("Owner");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "First words");
		api.put("/api/v1/objectives/" + objective, owner, Map.of("title", "Their words", "visibility", "PUBLIC", "version", 0));

		var stale = pages.post("/objectives/" + objective, owner,
				Map.of("title", "My words", "description", "", "visibility", "PUBLIC", "version", "0"));

		assertThat(stale).hasStatus(409);
		var document = html(stale);
		assertThat(document.select(".conflict").text()).contains("Someone saved this objective after you opened the form")
			.contains("Their words");
		assertThat(document.select("#objective-title").val()).isEqualTo("My words");
		assertThat(document.select("input[name=version]").val()).isEqualTo("1");
		assertThat(api.get("/api/v1/objectives/" + objective, owner)).bodyJson().extractingPath("$.title").isEqualTo("Their words");
	}

	@Test
	void deletesAnObjectiveOnlyAfterAskingWhatGoesWithIt() {
		var owner = api.newPerson("Owner");
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newPersonalObjective(owner, cycle, "Let go");
		api.newKeyResult(owner, objective, "INCREASE", 0, 10);

		var question = html(pages.get("/objectives/" + objective + "/delete", owner));
		var deleted = pages.post("/objectives/" + objective + "/delete", owner, Map.of());

		assertThat(question.select("h1").text()).isEqualTo("Delete the objective Let go?");
		assertThat(question.select(".confirm p").text()).contains("Its key result and all their check-ins");
		assertThat(question.select("form[action=/objectives/" + objective + "/delete] button").text()).isEqualTo("Delete objective");
		assertThat(deleted).hasStatus3xxRedirection();
		assertThat(api.get("/api/v1/objectives/" + objective, owner)).hasStatus(404);
	}

	@Test
	void refusesChangesFromThoseWhoMayOnlyRead() {
		var owner = api.newPerson("Owner");
		var colleague = api.newPerson("Colleague");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Mine");

		assertThat(pages.get("/objectives/" + objective + "/delete", colleague)).hasStatus(403);
		assertThat(pages.post("/objectives/" + objective + "/delete", colleague, Map.of())).hasStatus(403);
		var refused = pages.post("/objectives/" + objective, colleague,
				Map.of("title", "Theirs now", "description", "", "visibility", "PUBLIC", "version", "0"));
		assertThat(refused).hasStatus(403);
		assertThat(api.get("/api/v1/objectives/" + objective, owner)).bodyJson().extractingPath("$.title").isEqualTo("Mine");
	}

	@Test
	void speaksChineseInTheFormAndItsMessages() {
		var person = api.newPerson("Owner");
		api.speaksChinese(person);
		long cycle = api.newCycle("ACTIVE");

		var document = html(pages.get("/objectives/new?cycle=" + cycle, person));
		var checks = html(pages.post("/objectives/validate", person, form(cycle, "person:" + person.personId(), ""),
				"HX-Trigger-Name", "title"));

		assertThat(document.select("h1").text()).isEqualTo("新目标");
		assertThat(document.select("label[for=objective-title]").text()).isEqualTo("目标");
		assertThat(checks.select("[hx-swap-oob='innerHTML:#objective-title-error']").text()).isEqualTo("不能为空");
	}

	private static Map<String, String> form(long cycle, String owner, String title) {
		Map<String, String> form = new HashMap<>();
		form.put("cycle", String.valueOf(cycle));
		form.put("owner", owner);
		form.put("title", title);
		form.put("description", "");
		form.put("visibility", "PUBLIC");
		form.put("idempotencyKey", Api.unique("key"));
		return form;
	}

}
