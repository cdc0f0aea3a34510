package dev.lodestar.platform.web;

import java.math.BigDecimal;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SparklineTests {

	private static Sparkline of(String... values) {
		return Sparkline.of(Arrays.stream(values).map(value -> value == null ? null : new BigDecimal(value)).toList(), "words");
	}

	@Test
	void drawsTheHighestAtTheTopOldestOnTheLeft() {
		assertThat(of("0", "10", "5").points()).isEqualTo("0,22 50,2 100,12");
	}

	@Test
	void aMissingValueLeavesNoPointAndOneValueDrawsAFlatLine() {
		assertThat(of("0", null, "10").points()).isEqualTo("0,22 100,2");
		assertThat(of(null, "7", null).points()).isEqualTo("0,12 100,12");
		assertThat(of(null, null).empty()).isTrue();
		assertThat(Sparkline.none("nothing yet").label()).isEqualTo("nothing yet");
	}
}
