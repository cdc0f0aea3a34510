package dev.lodestar.scoring;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewPackApiIntegrationTests extends ApiIntegrationTest {

	@Autowired
	private JdbcClient jdbc;

	private ScoringStory story;

	@BeforeEach
	void tellTheStory() {
		story = new ScoringStory(api, new WeeklyReviewRows(jdbc)).build();
	}

	private String pack(String query) {
		return "/api/v1/teams/" + story.team + "/pack?" + query;
	}

	@Test
	void aWeekPackSumsUpTheWeeksCheckInsScoresAndRevealedReview() {
		var pack = api.get(pack("week=" + story.today + "&cycle=" + story.cycle), story.mia);

		assertThat(pack).hasStatusOk();
		assertThat(pack).bodyJson().extractingPath("$.scope").isEqualTo("WEEK");
		assertThat(pack).bodyJson().extractingPath("$.from").isEqualTo(story.monday.toString());
		assertThat(pack).bodyJson().extractingPath("$.to").isEqualTo(story.monday.plusDays(6).toString());
		assertThat(pack).bodyJson().extractingPath("$.summary.objectives").isEqualTo(2);
		assertThat(pack).bodyJson().extractingPath("$.summary.keyResults").isEqualTo(3);
		assertThat(pack).bodyJson().extractingPath("$.summary.checkedIn").isEqualTo(2);
		assertThat(pack).bodyJson().extractingPath("$.summary.scored").isEqualTo(3);
		assertThat(pack).bodyJson().extractingPath("$.summary.healthy").isEqualTo(2);
		assertThat(pack).bodyJson().extractingPath("$.summary.meanScore").isEqualTo(0.6);
		String kr = "$.objectives[?(@.id == " + story.teamObjective + ")].keyResults[0]";
		assertThat(Api.<List<Object>>read(pack, kr + ".checkIns")).containsExactly(2);
		assertThat(Api.<List<Object>>read(pack, kr + ".valueAtEnd")).containsExactly(60);
		assertThat(Api.<List<Object>>read(pack, kr + ".confidenceFirst")).containsExactly(5);
		assertThat(Api.<List<Object>>read(pack, kr + ".confidenceLast")).containsExactly(7);
		assertThat(Api.<List<Object>>read(pack, kr + ".notes[*].text")).containsExactly("slow start", "campaign worked");
		assertThat(Api.<List<Object>>read(pack, kr + ".score.band")).containsExactly("HEALTHY");
		assertThat(Api.<List<Object>>read(pack, kr + ".score.kind")).containsExactly("FINAL");
		assertThat(Api.<List<Object>>read(pack, kr + ".feedback[*].comment")).containsExactly("more than you think", "fair");
		assertThat(Api.<List<Object>>read(pack, kr + ".feedback[0].suggestedScore")).containsExactly(0.8);
		assertThat(Api.<List<Object>>read(pack, kr + ".feedback[0].judgedScore")).containsExactly(0.6);
		assertThat(Api.<List<Object>>read(pack, kr + ".feedback[1].agrees")).containsExactly(true);
		assertThat(pack).bodyJson().extractingPath("$.reviews[*].state").asArray().containsExactly("REVEALED");
		assertThat(pack).bodyJson().extractingPath("$.reviews[0].attendeeIds").asArray()
			.containsExactly((int) story.lea.personId(), (int) story.max.personId());
		assertThat(pack).bodyJson().extractingPath("$.reviews[0].decisions[*].text").asArray()
			.containsExactly("Ship the campaign", "Meet on Tuesdays");
		assertThat(Api.body(pack)).doesNotContain("secret");
	}

	@Test
	void feedbackFromAnOpenReviewNeverAppearsInThePackOfItsWeekOrCycle() {
		var lastWeek = api.get(pack("week=" + story.monday.minusDays(3) + "&cycle=" + story.cycle), story.lea);
		var wholeCycle = api.get(pack("cycle=" + story.cycle), story.lea);

		assertThat(lastWeek).bodyJson().extractingPath("$.reviews[*].state").asArray().containsExactly("OPEN");
		assertThat(lastWeek).bodyJson().extractingPath("$.objectives[*].keyResults[*].feedback[*]").asArray().isEmpty();
		assertThat(Api.body(lastWeek)).doesNotContain("secret");
		assertThat(wholeCycle).bodyJson().extractingPath("$.scope").isEqualTo("CYCLE");
		assertThat(wholeCycle).bodyJson().extractingPath("$.reviews[*].state").asArray().containsExactly("OPEN", "REVEALED");
		assertThat(wholeCycle).bodyJson().extractingPath("$.objectives[*].keyResults[*].feedback[*].comment").asArray()
			.containsExactlyInAnyOrder("more than you think", "fair", "you did well", "agreed");
		assertThat(Api.body(wholeCycle)).doesNotContain("secret");
	}

	@Test
	void theReaderSeesOnlyTheObjectivesTheyMaySee() {
		var mias = api.get(pack("cycle=" + story.cycle), story.mia);
		var maxs = api.get(pack("cycle=" + story.cycle), story.max);

		assertThat(mias).bodyJson().extractingPath("$.objectives[*].title").asArray()
			.containsExactlyInAnyOrder("Win the market", "Grow as a speaker");
		assertThat(Api.body(mias)).doesNotContain("Private plan");
		assertThat(maxs).bodyJson().extractingPath("$.objectives[*].title").asArray().contains("Private plan");
	}

	@Test
	void onlyTheTeamsMembersLeadsAndAdminsMayReadItsPack() {
		assertThat(api.get(pack("cycle=" + story.cycle), story.otto)).hasStatus(403);
		assertThat(api.get(pack("cycle=" + story.cycle), story.lea)).hasStatusOk();
		assertThat(api.get(pack("cycle=" + story.cycle), story.max)).hasStatusOk();
		assertThat(api.get(pack("cycle=" + story.cycle), api.admin())).hasStatusOk();
		assertThat(api.get("/api/v1/teams/999999999/pack", story.lea)).hasStatus(404);
		assertThat(api.get(pack("cycle=not-a-cycle"), story.lea)).hasStatus(400);
	}

	@Test
	void aPackCostsTheSameStatementsWhateverItsSize() {
		String uri = pack("cycle=" + story.cycle);
		api.get(uri, story.max);
		statements.reset();
		assertThat(api.get(uri, story.max)).hasStatusOk();
		int small = statements.count();

		story.grow();

		statements.reset();
		var bigger = api.get(uri, story.max);
		assertThat(bigger).hasStatusOk();
		assertThat(bigger).bodyJson().extractingPath("$.summary.keyResults").isEqualTo(12);
		assertThat(statements.count()).isEqualTo(small);
	}

	@Test
	void aBlankCycleAsksForTheCurrentCyclesPack() {
		var pack = api.get(pack("cycle="), story.lea);

		assertThat(pack).hasStatusOk();
		assertThat(pack).bodyJson().extractingPath("$.scope").isEqualTo("CYCLE");
	}

	@Test
	void withNeitherWeekNorCycleThePackIsThisWeeks() {
		var pack = api.get("/api/v1/teams/" + story.team + "/pack", story.lea);

		assertThat(pack).hasStatusOk();
		assertThat(pack).bodyJson().extractingPath("$.scope").isEqualTo("WEEK");
		assertThat(pack).bodyJson().extractingPath("$.from").isEqualTo(story.monday.toString());
		// This week's review names the story's cycle, so the pack is of that cycle although others run too.
		assertThat(pack).bodyJson().extractingPath("$.cycleId").isEqualTo((int) story.cycle);
	}
}
