package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.checkins.CheckIn;
import dev.lodestar.checkins.CheckInSource;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.objectives.KeyResultView;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Owner;
import dev.lodestar.objectives.Visibility;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewPackSummaryTests {

	private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

	private static KeyResultView keyResult(long id, long objectiveId) {
		return new KeyResultView(new KeyResult(id, objectiveId, 1, "KR " + id, KeyResultKind.PERCENTAGE, null,
				BigDecimal.valueOf(100), null, 1, 1, false), null, BigDecimal.ZERO, List.of());
	}

	private static ReviewPackObjective objective(long id, Map<Long, String> scores, long... keyResultIds) {
		var keyResults = java.util.Arrays.stream(keyResultIds).mapToObj(kr -> keyResult(kr, id)).toList();
		var view = new ObjectiveView(new Objective(id, 1, Owner.team(1), "O " + id, "", Visibility.PUBLIC, List.of(), 1, 1,
				NOW, NOW, false), BigDecimal.ZERO, List.of(), keyResults);
		Map<Long, Score> current = new java.util.HashMap<>();
		scores.forEach((kr, value) -> current.put(kr, new Score(kr, kr, 1, new BigDecimal(value), BigDecimal.ONE, "r",
				ScoreKind.FORECAST, 1, NOW)));
		var scored = ObjectiveScore.of(view, current);
		return new ReviewPackObjective(scored, "Team", scored.keyResults().stream()
			.map(kr -> new ReviewPackKeyResult(kr, kr.keyResult().keyResult().id() % 2 == 1
					? List.of(new CheckIn(1, kr.keyResult().keyResult().id(), BigDecimal.ONE, null, 5, "", 1, NOW, BigDecimal.ONE,
							CheckInSource.WEB, null))
					: List.of(), List.of()))
			.toList());
	}

	@Test
	void theSummaryCountsCheckedInKeyResultsTheMeanObjectiveScoreAndHealthyScores() {
		var summary = ReviewPackSummary.of(List.of(objective(1, Map.of(1L, "0.6", 2L, "0.8"), 1, 2),
				objective(2, Map.of(3L, "0.4"), 3, 4), objective(3, Map.of(), 5)));

		assertThat(summary.objectives()).isEqualTo(3);
		assertThat(summary.keyResults()).isEqualTo(5);
		assertThat(summary.checkedIn()).isEqualTo(3);
		assertThat(summary.scored()).isEqualTo(3);
		assertThat(summary.healthy()).isEqualTo(1);
		// Objective scores 0.7 and 0.4; the unscored objective does not count as zero.
		assertThat(summary.meanScore()).isEqualByComparingTo("0.55");
	}

	@Test
	void aPackWithoutScoresHasNoMeanScore() {
		assertThat(ReviewPackSummary.of(List.of(objective(1, Map.of(), 1))).meanScore()).isNull();
		assertThat(ReviewPackSummary.of(List.of()).objectives()).isZero();
	}
}
