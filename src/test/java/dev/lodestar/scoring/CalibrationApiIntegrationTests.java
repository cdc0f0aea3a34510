package dev.lodestar.scoring;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationApiIntegrationTests extends ApiIntegrationTest {

	@Autowired
	private JdbcClient jdbc;

	private ScoringStory story;

	@BeforeEach
	void tellTheStory() {
		story = new ScoringStory(api, new WeeklyReviewRows(jdbc)).build();
	}

	private String person(long id) {
		return "/api/v1/people/" + id + "/calibration";
	}

	private String team(long id) {
		return "/api/v1/teams/" + id + "/calibration";
	}

	@Test
	void aPersonSeesTheGapToRevealedFeedbackTheirConfidenceAgainstFinalScoresAndEachCyclesDistribution() {
		var calibration = api.get(person(story.max.personId()), story.max);

		assertThat(calibration).hasStatusOk();
		assertThat(calibration).bodyJson().extractingPath("$.subject").isEqualTo("PERSON");
		// Lea would give 0.7 for 0.5 (+0.2), Mia agrees (0): the OPEN review's 0.0 does not count.
		assertThat(calibration).bodyJson().extractingPath("$.gap.count").isEqualTo(2);
		assertThat(calibration).bodyJson().extractingPath("$.gap.mean").isEqualTo(0.1);
		// Confidence 8 forecast 0.8; the final score was 0.5. The key result never checked in is left out.
		assertThat(calibration).bodyJson().extractingPath("$.forecasts.meanError").isEqualTo(0.3);
		assertThat(calibration).bodyJson().extractingPath("$.forecasts.keyResults[*].keyResultId").asArray()
			.containsExactly((int) story.maxKeyResult);
		assertThat(calibration).bodyJson().extractingPath("$.forecasts.keyResults[0].confidence").isEqualTo(8);
		assertThat(calibration).bodyJson().extractingPath("$.forecasts.keyResults[0].finalScore").isEqualTo(0.5);
		assertThat(calibration).bodyJson().extractingPath("$.distributions[*].cycleId").asArray()
			.containsExactly((int) story.cycle);
		assertThat(Api.<List<Integer>>read(calibration, "$.distributions[0].counts"))
			.containsExactly(0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0);
		assertThat(calibration).bodyJson().extractingPath("$.distributions[0].inBand").isEqualTo(1);
		assertThat(calibration).bodyJson().extractingPath("$.distributions[0].shareInBand").isEqualTo(50);
	}

	@Test
	void aTeamsCalibrationCoversTheObjectivesItOwnsAndLeavesOpenFeedbackOut() {
		var calibration = api.get(team(story.team), story.mia);

		assertThat(calibration).hasStatusOk();
		assertThat(calibration).bodyJson().extractingPath("$.subject").isEqualTo("TEAM");
		assertThat(calibration).bodyJson().extractingPath("$.gap.count").isEqualTo(2);
		assertThat(calibration).bodyJson().extractingPath("$.gap.mean").isEqualTo(0.1);
		assertThat(calibration).bodyJson().extractingPath("$.forecasts.meanError").isEqualTo(0.1);
		assertThat(Api.<List<Integer>>read(calibration, "$.distributions[0].counts"))
			.containsExactly(0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0);
	}

	@Test
	void nobodyButThePersonReadsTheirCalibrationNotEvenAnAdmin() {
		assertThat(api.get(person(story.max.personId()), story.lea)).hasStatus(403);
		assertThat(api.get(person(story.max.personId()), story.otto)).hasStatus(403);
		assertThat(api.get(person(story.max.personId()), api.admin())).hasStatus(403);
		assertThat(api.get(person(api.admin().personId()), api.admin())).hasStatusOk();
	}

	@Test
	void nobodyOutsideTheTeamReadsItsCalibrationNotEvenAnAdmin() {
		assertThat(api.get(team(story.team), story.otto)).hasStatus(403);
		assertThat(api.get(team(story.team), api.admin())).hasStatus(403);
		assertThat(api.get(team(story.team), story.lea)).hasStatusOk();
		assertThat(api.get(team(story.team), story.max)).hasStatusOk();
		assertThat(api.get(team(999_999_999L), story.max)).hasStatus(404);
	}

	@Test
	void aCalibrationCostsTheSameStatementsWhateverItsSize() {
		String uri = person(story.max.personId());
		api.get(uri, story.max);
		statements.reset();
		assertThat(api.get(uri, story.max)).hasStatusOk();
		int small = statements.count();

		story.grow();

		statements.reset();
		var bigger = api.get(uri, story.max);
		assertThat(bigger).hasStatusOk();
		assertThat(bigger).bodyJson().extractingPath("$.distributions.length()").isEqualTo(2);
		assertThat(statements.count()).isEqualTo(small);
	}
}
