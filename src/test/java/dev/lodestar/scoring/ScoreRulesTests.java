package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.objectives.KeyResultView;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Owner;
import dev.lodestar.objectives.Visibility;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreRulesTests {

	@Test
	void readsEachScoreInTheBandTheMethodGivesIt() {
		assertThat(bandsOf("0.0", "0.3")).containsOnly(ScoreBand.MISSED);
		assertThat(bandsOf("0.4", "0.5")).containsOnly(ScoreBand.PROGRESS);
		assertThat(bandsOf("0.6", "0.7")).containsOnly(ScoreBand.HEALTHY);
		assertThat(bandsOf("0.8", "0.9")).containsOnly(ScoreBand.SAFE);
		assertThat(bandsOf("1.0", "1")).containsOnly(ScoreBand.NO_STRETCH);
	}

	@Test
	void readsAMeanBetweenTwoBandsAtOneDecimalRoundedHalfUp() {
		assertThat(ScoreBand.of(new BigDecimal("0.55"))).isEqualTo(ScoreBand.HEALTHY);
		assertThat(ScoreBand.of(new BigDecimal("0.54"))).isEqualTo(ScoreBand.PROGRESS);
		assertThat(ScoreBand.of(new BigDecimal("0.95"))).isEqualTo(ScoreBand.NO_STRETCH);
		assertThat(ScoreBand.of(new BigDecimal("0.35"))).isEqualTo(ScoreBand.PROGRESS);
	}

	@Test
	void acceptsTenthsFromZeroToOneOnly() {
		assertThat(ScoreValues.violation("score", new BigDecimal("0.6"))).isEmpty();
		assertThat(ScoreValues.violation("score", new BigDecimal("1.00"))).isEmpty();
		assertThat(ScoreValues.violation("score", BigDecimal.ZERO)).isEmpty();
		assertThat(ScoreValues.violation("score", new BigDecimal("0.55")).orElseThrow().messageKey())
			.isEqualTo("validation.score-step");
		assertThat(ScoreValues.violation("score", new BigDecimal("1.05")).orElseThrow().messageKey())
			.isEqualTo("validation.score-range");
		assertThat(ScoreValues.violation("score", new BigDecimal("-0.1")).orElseThrow().messageKey())
			.isEqualTo("validation.score-range");
		assertThat(ScoreValues.violation("score", null).orElseThrow().messageKey()).isEqualTo("validation.NotNull");
	}

	@Test
	void forecastsUntilTheCyclesLastWeekThenScoresFinally() {
		LocalDate ends = LocalDate.of(2026, 12, 31);
		assertThat(ScoreKind.on(LocalDate.of(2026, 12, 24), ends)).isEqualTo(ScoreKind.FORECAST);
		assertThat(ScoreKind.on(LocalDate.of(2026, 12, 25), ends)).isEqualTo(ScoreKind.FINAL);
		assertThat(ScoreKind.on(LocalDate.of(2027, 1, 5), ends)).isEqualTo(ScoreKind.FINAL);
	}

	@Test
	void scoresAnObjectiveByTheWeightedMeanOfItsScoredKeyResultsOnly() {
		var objective = objectiveWith(1, 2, 3);
		var scores = Map.of(1L, score(1, "0.6", "1"), 2L, score(2, "0.9", "2"));

		var scored = ObjectiveScore.of(objective, scores);

		assertThat(scored.score()).isEqualByComparingTo("0.8");
		assertThat(scored.band()).isEqualTo(ScoreBand.SAFE);
		assertThat(scored.unscored()).isEqualTo(1);
		assertThat(ObjectiveScore.of(objective, Map.of()).score()).isNull();
	}

	private static List<ScoreBand> bandsOf(String... scores) {
		return List.of(scores).stream().map(BigDecimal::new).map(ScoreBand::of).toList();
	}

	private static Score score(long keyResultId, String value, String weight) {
		return new Score(keyResultId, keyResultId, 1, new BigDecimal(value), new BigDecimal(weight), "", ScoreKind.FORECAST,
				1, java.time.Instant.EPOCH);
	}

	private static ObjectiveView objectiveWith(long... keyResultIds) {
		var objective = new Objective(9, 1, Owner.person(1), "Objective", "", Visibility.PUBLIC, List.of(), 1, 0,
				java.time.Instant.EPOCH, java.time.Instant.EPOCH, false);
		var keyResults = java.util.Arrays.stream(keyResultIds)
			.mapToObj(id -> new KeyResultView(new KeyResult(id, 9, (int) id, "KR " + id, KeyResultKind.INCREASE,
					BigDecimal.ZERO, BigDecimal.TEN, null, 1, 0, false), null, BigDecimal.ZERO, List.of()))
			.toList();
		return new ObjectiveView(objective, BigDecimal.ZERO, List.of(), keyResults);
	}
}
