package dev.lodestar.alignment.web;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import dev.lodestar.objectives.ObjectiveSummary;
import dev.lodestar.objectives.Owner;

import static org.assertj.core.api.Assertions.assertThat;

class AlignmentCoveragePageTests {

	private static List<ObjectiveSummary> objectives(int count) {
		return LongStream.rangeClosed(1, count)
			.mapToObj(id -> new ObjectiveSummary(id, 1, Owner.team(1), true, "Objective " + id, false, null))
			.toList();
	}

	@Test
	void aListShowsItsFirstHundredAndSaysHowManyMoreThereAre() {
		var many = objectives(AlignmentCoveragePage.LISTED + 7);

		assertThat(AlignmentCoveragePage.listed(many)).hasSize(AlignmentCoveragePage.LISTED)
			.first().extracting(ObjectiveSummary::id).isEqualTo(1L);
		assertThat(AlignmentCoveragePage.notListed(many)).isEqualTo(7);
	}

	@Test
	void aShortListShowsEverything() {
		var few = objectives(3);

		assertThat(AlignmentCoveragePage.listed(few)).isEqualTo(few);
		assertThat(AlignmentCoveragePage.notListed(few)).isZero();
	}
}
