package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleState;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationDistributionTests {

	private static final Cycle Q4 = new Cycle(7, "Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31),
			CycleState.ACTIVE, 1);

	private static List<BigDecimal> scores(String... values) {
		return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
	}

	@Test
	void scoresAreCountedInTheElevenStepsFromZeroToOne() {
		var distribution = CalibrationDistribution.of(Q4, scores("0.0", "0.6", "0.6", "0.7", "1.0", "0.3"));

		assertThat(distribution.counts()).containsExactly(1, 0, 0, 1, 0, 0, 2, 1, 0, 0, 1);
		assertThat(distribution.scored()).isEqualTo(6);
		assertThat(distribution.cycleName()).isEqualTo("Q4");
	}

	@Test
	void theShareInTheHealthyBandCountsOnlyPointSixAndPointSeven() {
		var distribution = CalibrationDistribution.of(Q4, scores("0.5", "0.6", "0.7", "0.8"));

		assertThat(distribution.inBand()).isEqualTo(2);
		assertThat(distribution.shareInBand()).isEqualByComparingTo("50");
		assertThat(CalibrationDistribution.of(Q4, scores("0.6", "0.6", "0.9")).shareInBand()).isEqualByComparingTo("66.7");
	}

	@Test
	void aCycleWithoutScoresHasNoShare() {
		var distribution = CalibrationDistribution.of(Q4, List.of());

		assertThat(distribution.counts()).hasSize(11).containsOnly(0);
		assertThat(distribution.shareInBand()).isNull();
	}

	@Test
	void stepsAreWrittenWithOneDecimal() {
		assertThat(CalibrationDistribution.step(0)).isEqualTo("0.0");
		assertThat(CalibrationDistribution.step(6)).isEqualTo("0.6");
		assertThat(CalibrationDistribution.step(10)).isEqualTo("1.0");
	}
}
