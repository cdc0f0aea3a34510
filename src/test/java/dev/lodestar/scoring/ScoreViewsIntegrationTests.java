package dev.lodestar.scoring;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.lodestar.support.Api;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When someone is shown the scores of another person's objective, that person can see who looked and on which
 * day; on a page and in the API, and only ever in their own log.
 */
class ScoreViewsIntegrationTests extends PageIntegrationTest {

	@Autowired
	ScoreManagement scoring;

	ReviewFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ReviewFixtures(api, scoring);
	}

	private String nameOf(Api.Session person) {
		return Api.read(api.get("/api/v1/people/me", person), "$.name");
	}

	private List<String> viewersInApi(Api.Session owner) {
		var log = api.get("/api/v1/me/score-views", owner);
		assertThat(log).hasStatusOk();
		return Api.read(log, "$.items[*].viewerName");
	}

	private List<String> viewersOnPage(Api.Session owner) {
		var page = pages.get("/people/me/score-views", owner);
		assertThat(page).hasStatusOk();
		return Pages.html(page).select("#score-view-results tr.score-view .viewer").eachText();
	}

	@Test
	void aTeammateViewingMyObjectivesScoresShowsOnMyPageAndInTheApi() {
		var team = fixtures.team();

		assertThat(api.get("/api/v1/objectives/" + team.objectiveId() + "/score", team.teammate())).hasStatusOk();

		String teammate = nameOf(team.teammate());
		assertThat(viewersInApi(team.owner())).containsExactly(teammate);
		assertThat(viewersOnPage(team.owner())).containsExactly(teammate);
		var log = api.get("/api/v1/me/score-views", team.owner());
		assertThat(Api.<Number>read(log, "$.items[0].viewerId").longValue()).isEqualTo(team.teammate().personId());
		assertThat(Api.<String>read(log, "$.items[0].viewedOn")).isNotBlank();
		assertThat(Api.<Integer>read(log, "$.totalItems")).isEqualTo(1);
	}

	@Test
	void viewingMyOwnScoresRecordsNothing() {
		var team = fixtures.team();

		assertThat(api.get("/api/v1/objectives/" + team.objectiveId() + "/score", team.owner())).hasStatusOk();
		assertThat(pages.get("/objectives/" + team.objectiveId() + "/scores", team.owner())).hasStatusOk();
		assertThat(api.get("/api/v1/key-results/" + team.keyResultId() + "/scores", team.owner())).hasStatusOk();
		assertThat(api.get("/api/v1/teams/" + team.teamId() + "/pack", team.owner())).hasStatusOk();

		assertThat(viewersInApi(team.owner())).isEmpty();
		assertThat(Pages.html(pages.get("/people/me/score-views", team.owner())).select(".empty").text())
			.isEqualTo("Nobody else has viewed your scores yet.");
	}

	@Test
	void viewingTwiceInADayMakesOneEntry() {
		var team = fixtures.team();

		assertThat(api.get("/api/v1/objectives/" + team.objectiveId() + "/score", team.lead())).hasStatusOk();
		assertThat(pages.get("/objectives/" + team.objectiveId() + "/scores", team.lead())).hasStatusOk();
		assertThat(api.get("/api/v1/key-results/" + team.keyResultId() + "/scores", team.lead())).hasStatusOk();

		assertThat(viewersInApi(team.owner())).containsExactly(nameOf(team.lead()));
	}

	@Test
	void everyPlaceThatShowsAPersonsScoresRecordsTheViewer() {
		var team = fixtures.team();
		long review = fixtures.open(team);
		List<Function<Api.Session, MvcTestResult>> places = List.of(
				viewer -> pages.get("/objectives/" + team.objectiveId() + "/scores", viewer),
				viewer -> api.get("/api/v1/objectives/" + team.objectiveId() + "/score", viewer),
				viewer -> pages.get("/key-results/" + team.keyResultId() + "/scores", viewer),
				viewer -> api.get("/api/v1/key-results/" + team.keyResultId() + "/scores", viewer),
				viewer -> pages.get("/key-results/" + team.keyResultId() + "/score-form", viewer),
				viewer -> pages.get("/reviews/" + review + "/board", viewer),
				viewer -> api.get("/api/v1/reviews/" + review, viewer),
				viewer -> pages.get("/teams/" + team.teamId() + "/pack", viewer),
				viewer -> pages.get("/teams/" + team.teamId() + "/pack/print", viewer),
				viewer -> api.get("/api/v1/teams/" + team.teamId() + "/pack", viewer),
				viewer -> pages.get("/cycles/" + team.cycleId() + "/closing", viewer),
				viewer -> api.get("/api/v1/cycles/" + team.cycleId() + "/closing", viewer));

		for (int place = 0; place < places.size(); place++) {
			// A new admin for each place: admins may read every one of them, and one entry per viewer and day tells them apart.
			var admin = api.newPerson("Overseer", true);
			assertThat(places.get(place).apply(admin)).as("place " + place).hasStatusOk();

			assertThat(viewersInApi(team.owner())).as("place " + place).first().isEqualTo(nameOf(admin));
		}
		assertThat(viewersInApi(team.owner())).hasSize(places.size());
	}

	@Test
	void teamObjectivesRecordNothing() {
		var member = api.newPerson("Member");
		var other = api.newPerson("Other");
		long team = api.newTeam("Shared", null, List.of(member.personId()), List.of(other.personId()));
		long cycle = fixtures.cycleRunningToday();
		long objective = api.newTeamObjective(member, cycle, team, "Ours");
		long keyResult = api.newKeyResult(member, objective, "INCREASE", 0, 10);
		assertThat(api.score(member, keyResult, "0.5", 0)).hasStatusOk();

		assertThat(api.get("/api/v1/objectives/" + objective + "/score", other)).hasStatusOk();
		assertThat(api.get("/api/v1/teams/" + team + "/pack", other)).hasStatusOk();

		assertThat(viewersInApi(member)).isEmpty();
		assertThat(viewersInApi(other)).isEmpty();
	}

	@Test
	void aKeyResultOfATeamObjectiveIsStillItsOwnersAndReadingItsScoresIsLoggedForThem() {
		var lead = api.newPerson("Teamlead");
		var keeper = api.newPerson("Keeper");
		long team = api.newTeam("Kept", null, List.of(lead.personId()), List.of(keeper.personId()));
		long objective = api.newTeamObjective(lead, fixtures.cycleRunningToday(), team, "Ours to keep");
		var created = api.post("/api/v1/objectives/" + objective + "/key-results", lead, java.util.Map.of("title", "Kept well",
				"kind", "INCREASE", "start", 0, "target", 10, "unit", "things", "ownerPersonId", keeper.personId()));
		long keyResult = Api.id(created);
		assertThat(api.score(keeper, keyResult, "0.5", 0)).hasStatusOk();
		var outsider = api.newPerson("Outsider", true);

		assertThat(api.get("/api/v1/key-results/" + keyResult + "/scores", outsider)).hasStatusOk();

		assertThat(viewersInApi(keeper)).containsExactly(nameOf(outsider));
		assertThat(viewersInApi(lead)).isEmpty();
	}

	@Test
	void nobodyReadsAnothersLogNotEvenAnAdmin() {
		var team = fixtures.team();
		assertThat(api.get("/api/v1/objectives/" + team.objectiveId() + "/score", team.teammate())).hasStatusOk();

		assertThat(viewersInApi(api.admin())).doesNotContain(nameOf(team.teammate()));
		assertThat(viewersInApi(team.teammate())).isEmpty();
		assertThat(api.get("/api/v1/me/score-views?personId=" + team.owner().personId(), api.admin())).hasStatusOk();
		assertThat(viewersOnPage(api.admin())).doesNotContain(nameOf(team.teammate()));
	}

	@Test
	void theHomePageLinksToMyLog() {
		var person = api.newPerson("Curious");

		var links = Pages.html(pages.get("/home/calibration-link", person));

		assertThat(links.select("a[href=/people/me/score-views]").text()).isEqualTo("Who has viewed my scores");
	}

	@Test
	void showsTheLogInChinese() {
		var team = fixtures.team();
		assertThat(api.get("/api/v1/objectives/" + team.objectiveId() + "/score", team.teammate())).hasStatusOk();
		speaksChinese(team.owner());

		var page = Pages.html(pages.get("/people/me/score-views", team.owner()));

		assertThat(page.select("h1").text()).isEqualTo("谁查看过我的评分");
		assertThat(page.select("thead th").eachText()).containsExactly("查看者", "日期");
		assertThat(page.select("tr.score-view .viewer").eachText()).containsExactly(nameOf(team.teammate()));
		assertThat(Pages.html(pages.get("/home/calibration-link", team.owner())).select("a[href=/people/me/score-views]").text())
			.isEqualTo("谁查看过我的评分");
	}

	@Test
	void pagesTheLogNewestFirstInAConstantNumberOfStatements() {
		var owner = api.newPerson("Watched");
		long cycle = fixtures.cycleRunningToday();
		long objective = api.newPersonalObjective(owner, cycle, "Mine");
		List<Api.Session> viewers = new java.util.ArrayList<>();
		int small = 0;
		for (int i = 0; i < 3; i++) {
			var viewer = api.newPerson("Looker");
			viewers.add(viewer);
			assertThat(api.get("/api/v1/objectives/" + objective + "/score", viewer)).hasStatusOk();
			if (i == 0) {
				statements.reset();
				assertThat(api.get("/api/v1/me/score-views", owner)).hasStatusOk();
				small = statements.count();
			}
		}

		statements.reset();
		var all = api.get("/api/v1/me/score-views", owner);
		assertThat(statements.count()).isEqualTo(small);

		assertThat(Api.<Integer>read(all, "$.totalItems")).isEqualTo(3);
		assertThat(Api.<List<String>>read(all, "$.items[*].viewerName")).containsExactly(nameOf(viewers.get(2)),
				nameOf(viewers.get(1)), nameOf(viewers.get(0)));
		var second = api.get("/api/v1/me/score-views?page=1&size=2", owner);
		assertThat(Api.<List<String>>read(second, "$.items[*].viewerName")).containsExactly(nameOf(viewers.get(0)));
	}

	@Test
	void recordingAViewCostsTheOneStatementAnOwnViewCostsToo() {
		var team = fixtures.team();
		String uri = "/api/v1/objectives/" + team.objectiveId() + "/score";
		api.get(uri, team.owner());

		statements.reset();
		assertThat(api.get(uri, team.owner())).hasStatusOk();
		int own = statements.count();
		statements.reset();
		assertThat(api.get(uri, team.teammate())).hasStatusOk();
		int others = statements.count();

		assertThat(others).isEqualTo(own);
		assertThat(viewersInApi(team.owner())).hasSize(1);
	}
}
