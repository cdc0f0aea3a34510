package dev.lodestar.alignment;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.support.Api.Session;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class AlignmentCoveragePagesIntegrationTests extends PageIntegrationTest {

	@Autowired
	private ContributionRequestRepository requests;

	private AgedRequests aged;

	@BeforeEach
	void ageRequestsThroughTheRepository() {
		aged = new AgedRequests(requests);
	}

	/** Two teams in a fresh cycle: Alpha's objective supported by Beta's, Alpha asking Beta for 8 days now. */
	private record Story(long cycle, long alpha, long beta, long top, long spare, long below, long request) {
	}

	private Story aStory(Session a, Session b) {
		long cycle = api.newCycle("ACTIVE");
		long alpha = api.newTeam("Alpha", null, List.of(a.personId()), List.of());
		long beta = api.newTeam("Beta", null, List.of(b.personId()), List.of());
		long top = api.newTeamObjective(a, cycle, alpha, "Lead the market");
		long spare = api.newTeamObjective(a, cycle, alpha, "Keep the lights on");
		long below = api.newTeamObjective(b, cycle, beta, "Win the big accounts");
		api.link(b, below, top, null);
		long keyResult = api.newKeyResult(a, top, "PERCENTAGE", 0, 100);
		long request = aged.ask(api, a, keyResult, beta, "Answer within an hour", Duration.ofDays(8).plusHours(1));
		return new Story(cycle, alpha, beta, top, spare, below, request);
	}

	@Test
	void theOrganisationSeesItsShareAlignedUpwardAndListsThatLinkToObjectivesAndRequests() {
		var a = api.newPerson("Ada");
		var b = api.newPerson("Bo");
		Story story = aStory(a, b);

		var page = Pages.html(pages.get("/alignment/coverage?cycle=" + story.cycle(), b));

		assertThat(page.select("h1").text()).isEqualTo("Alignment coverage");
		assertThat(page.select("#figure-aligned strong").text()).isEqualTo("33.3%");
		assertThat(page.select("#figure-aligned progress").attr("value")).isEqualTo("33.3");
		assertThat(page.select("#figure-aligned").text()).contains("1 of 3 objectives support an objective further up");
		assertThat(page.select("#figure-unsupported strong").text()).isEqualTo("2");
		assertThat(page.select("#figure-supporting-nothing strong").text()).isEqualTo("2");
		assertThat(page.select("#figure-waiting strong").text()).isEqualTo("1");
		assertThat(page.select("#unsupported ~ ul a").eachAttr("href"))
			.containsExactly("/objectives/" + story.spare(), "/objectives/" + story.below());
		assertThat(page.select("#supporting-nothing ~ ul a").eachText())
			.containsExactly("Lead the market", "Keep the lights on");
		assertThat(page.select("#waiting ~ ul a").attr("href")).isEqualTo("/contribution-requests/" + story.request());
		assertThat(page.select("#waiting ~ ul").text()).contains("Answer within an hour").contains("8 days");
		var alphaLine = page.select("#team-lines tr[data-team=" + story.alpha() + "]");
		assertThat(alphaLine.select("a").attr("href"))
			.isEqualTo("/alignment/coverage?cycle=" + story.cycle() + "&team=" + story.alpha());
		assertThat(alphaLine.select("td").eachText()).containsExactly("2", "0%", "1", "2", "1");
		assertThat(page.select("nav a[href=/alignment/coverage]").attr("aria-current")).isEqualTo("page");
		assertThat(page.select("form:has(#cycle-picker) input[name=team]")).isEmpty();
	}

	@Test
	void aTeamSeesOnlyTheObjectivesItOwnsAndAnEmptyTeamSaysSo() {
		var a = api.newPerson("Ada");
		var b = api.newPerson("Bo");
		Story story = aStory(a, b);
		long empty = api.newTeam("Quiet", null, List.of(), List.of());

		var beta = Pages.html(pages.get("/alignment/coverage?cycle=" + story.cycle() + "&team=" + story.beta(), a));
		assertThat(beta.select("h1").text()).startsWith("Alignment coverage of Beta");
		assertThat(beta.select("#figure-aligned strong").text()).isEqualTo("100%");
		assertThat(beta.select("#unsupported ~ ul a").eachAttr("href")).containsExactly("/objectives/" + story.below());
		assertThat(beta.select("#supporting-nothing ~ ul")).isEmpty();
		assertThat(beta.select("#team-picker option[selected]").val()).isEqualTo(String.valueOf(story.beta()));
		assertThat(beta.select("#team-lines")).isEmpty();
		assertThat(beta.select("form:has(#cycle-picker) input[name=team]").val())
			.isEqualTo(String.valueOf(story.beta()));

		var quiet = Pages.html(pages.get("/alignment/coverage?cycle=" + story.cycle() + "&team=" + empty, a));
		assertThat(quiet.select("#no-objectives").text()).isEqualTo("No objectives yet in this cycle.");
		assertThat(quiet.select("#figure-aligned strong").text()).isEqualTo("no objectives yet");
		assertThat(quiet.select("#figure-aligned progress")).isEmpty();
	}

	@Test
	void readsInChinese() {
		var a = api.newPerson("Ada");
		var b = api.newPerson("Bo");
		Story story = aStory(a, b);
		speaksChinese(b);

		var page = Pages.html(pages.get("/alignment/coverage?cycle=" + story.cycle(), b));

		assertThat(page.select("h1").text()).isEqualTo("对齐覆盖率");
		assertThat(page.select("#figure-aligned").text()).contains("向上对齐").contains("3 个目标中有 1 个支撑上级目标");
		assertThat(page.select("#unsupported").text()).isEqualTo("无任何支撑");
		assertThat(page.select("#waiting ~ ul").text()).contains("8 天");
		assertThat(page.select("nav a[href=/alignment/coverage]").text()).isEqualTo("对齐覆盖");
	}

	@Test
	void aPrivateObjectiveShowsNowhereOnTheStrangersPage() {
		var owner = api.newPerson("Secretive");
		var stranger = api.newPerson("Stranger");
		long cycle = api.newCycle("ACTIVE");
		long open = api.newPersonalObjective(owner, cycle, "Open ambition");
		var hidden = api.post("/api/v1/objectives", owner, Map.of("cycleId", cycle, "ownerPersonId", owner.personId(),
				"title", "Secret plan", "visibility", "PRIVATE"));
		api.link(owner, api.id(hidden), open, null);

		var seen = Pages.html(pages.get("/alignment/coverage?cycle=" + cycle, stranger));
		assertThat(seen.text()).doesNotContain("Secret plan");
		assertThat(seen.select("a[href=/objectives/" + api.id(hidden) + "]")).isEmpty();
		assertThat(seen.select("#figure-aligned").text()).contains("0 of 1 objective");

		var own = Pages.html(pages.get("/alignment/coverage?cycle=" + cycle, owner));
		assertThat(own.select("a[href=/objectives/" + api.id(hidden) + "]").text()).isEqualTo("Secret plan");
	}

	@Test
	void thePageCostsTheSameStatementsForAFewObjectivesAsForMany() {
		var a = api.newPerson("Ada");
		var b = api.newPerson("Bo");
		long small = aStory(a, b).cycle();
		Story story = aStory(a, b);
		long bigger = story.cycle();
		long keyResult = api.newKeyResult(a, story.spare(), "PERCENTAGE", 0, 100);
		for (int i = 0; i < 4; i++) {
			long team = api.newTeam("Crowded", null, List.of(a.personId()), List.of());
			api.link(a, api.newTeamObjective(a, bigger, team, "More " + i), story.top(), null);
			aged.ask(api, a, keyResult, team, "Help " + i, Duration.ofDays(10));
		}
		pages.get("/alignment/coverage?cycle=" + small, b);

		statements.reset();
		pages.get("/alignment/coverage?cycle=" + small, b);
		int forFew = statements.count();
		assertThat(forFew).isPositive();
		statements.reset();
		pages.get("/alignment/coverage?cycle=" + bigger, b);
		assertThat(statements.count()).isEqualTo(forFew);

		statements.reset();
		pages.get("/alignment/coverage?cycle=" + small + "&team=" + story.alpha(), b);
		int forTeam = statements.count();
		statements.reset();
		pages.get("/alignment/coverage?cycle=" + bigger + "&team=" + story.alpha(), b);
		assertThat(statements.count()).isEqualTo(forTeam);
	}
}
