package dev.lodestar.platform;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a screen reader needs from every page, checked on the real pages: a language, a title, one main
 * heading, and a name for every field, button and link.
 */
class AccessibilityIntegrationTests extends PageIntegrationTest {

	@Test
	void namesEveryFieldButtonAndLinkOnEveryPage() {
		var person = api.newPerson("Reader");
		long team = api.newTeam("Readers", null, java.util.List.of(person.personId()), java.util.List.of());
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newTeamObjective(person, cycle, team, "Be understood by everyone");
		long keyResult = api.newKeyResult(person, objective, "INCREASE", 0, 10);
		var admin = api.admin();

		List<String> problems = new ArrayList<>();
		for (String path : List.of("/?cycle=" + cycle, "/teams/" + team, "/people/" + person.personId(), "/explore",
				"/objectives/" + objective, "/objectives/new?cycle=" + cycle, "/objectives/" + objective + "/edit",
				"/objectives/" + objective + "/key-results/new", "/key-results/" + keyResult + "/edit", "/settings/tokens", "/people/me/score-views",
				"/alignment/coverage?cycle=" + cycle, "/alignment/coverage?cycle=" + cycle + "&team=" + team)) {
			problems.addAll(check(path, Pages.html(pages.get(path, person))));
		}
		for (String path : List.of("/admin", "/admin/people", "/admin/people/new", "/admin/teams", "/admin/cycles",
				"/admin/import", "/admin/policy/caps", "/admin/policy/check-ins")) {
			problems.addAll(check(path, Pages.html(pages.get(path, admin))));
		}
		problems.addAll(check("/sign-in", Pages.html(mvc.get().uri("/sign-in").exchange())));
		problems.addAll(check("check-in form", Pages.html(pages.get("/key-results/" + keyResult + "/check-in", person))));
		api.score(person, keyResult, "0.6", 0);
		problems.addAll(check("scores fragment", Pages.html(pages.get("/objectives/" + objective + "/scores", person))));
		problems.addAll(check("score form", Pages.html(pages.get("/key-results/" + keyResult + "/score-form", person))));
		problems.addAll(check("score history", Pages.html(pages.get("/key-results/" + keyResult + "/scores", person))));

		assertThat(problems).isEmpty();
	}

	@Test
	void namesEveryFieldButtonAndLinkOfTheWeeklyReview() {
		var lead = api.newPerson("Reviewlead");
		var member = api.newPerson("Reviewmember");
		long team = api.newTeam("Reviewers", null, java.util.List.of(lead.personId()), java.util.List.of(member.personId()));
		var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		long cycle = api.newCycle("ACTIVE", today.toString(), today.plusDays(60).toString());
		long objective = api.newPersonalObjective(lead, cycle, "Be reviewed kindly");
		long keyResult = api.newKeyResult(lead, objective, "INCREASE", 0, 10);
		api.score(lead, keyResult, "0.6", 0);
		long review = Api.id(api.post("/api/v1/teams/" + team + "/reviews", lead, null));

		List<String> problems = new ArrayList<>();
		for (var reader : List.of(lead, member)) {
			for (String path : List.of("/teams/" + team + "/review", "/reviews/" + review)) {
				problems.addAll(check(path, Pages.html(pages.get(path, reader))));
			}
		}
		problems.addAll(check("review link", Pages.html(pages.get("/teams/" + team + "/review-link", member))));

		assertThat(Pages.html(pages.get("/reviews/" + review, member)).select("#feedback-" + keyResult)).hasSize(1);
		assertThat(problems).isEmpty();
	}

	private static List<String> check(String path, Document page) {
		List<String> problems = new ArrayList<>();
		if (path.startsWith("/")) {
			if (page.select("html[lang]").isEmpty()) {
				problems.add(path + ": no language");
			}
			if (page.title().isBlank()) {
				problems.add(path + ": no title");
			}
			if (page.select("main h1").size() != 1) {
				problems.add(path + ": " + page.select("main h1").size() + " main headings");
			}
		}
		for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
			boolean labelled = (!field.id().isEmpty() && !page.select("label[for=" + field.id() + "]").isEmpty())
					|| field.parents().stream().anyMatch(parent -> parent.tagName().equals("label"))
					|| field.hasAttr("aria-label") || field.hasAttr("aria-labelledby");
			if (!labelled) {
				problems.add(path + ": unlabelled " + field.tagName() + " " + field.attr("name"));
			}
		}
		for (Element control : page.select("button, a[href]")) {
			if (control.text().isBlank() && control.attr("aria-label").isBlank() && control.attr("title").isBlank()) {
				problems.add(path + ": nameless " + control.tagName() + " " + control.outerHtml());
			}
		}
		return problems;
	}
}
