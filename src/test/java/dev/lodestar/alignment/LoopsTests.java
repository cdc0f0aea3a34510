package dev.lodestar.alignment;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lodestar.alignment.Loops.Edge;

import static org.assertj.core.api.Assertions.assertThat;

class LoopsTests {

	@Test
	void anObjectiveCannotSupportItself() {
		assertThat(Loops.closedBy(1, 1, List.of())).contains(List.of(1L, 1L));
	}

	@Test
	void aLinkToAnObjectiveThatAlreadySupportsTheChildClosesATwoStepLoop() {
		assertThat(Loops.closedBy(1, 2, List.of(new Edge(2, 1)))).contains(List.of(1L, 2L, 1L));
	}

	@Test
	void theLoopShownRunsFromTheChildUpAndBackToIt() {
		var upward = List.of(new Edge(2, 3), new Edge(3, 4), new Edge(4, 1));

		assertThat(Loops.closedBy(1, 2, upward)).contains(List.of(1L, 2L, 3L, 4L, 1L));
	}

	@Test
	void theShortestLoopIsShownWhenThereAreSeveral() {
		var upward = List.of(new Edge(2, 3), new Edge(3, 4), new Edge(4, 1), new Edge(2, 1));

		assertThat(Loops.closedBy(1, 2, upward)).contains(List.of(1L, 2L, 1L));
	}

	@Test
	void aDiamondIsNoLoop() {
		// 1 and 2 both support 3 and 4, which both support 5: many paths up, none back down.
		var upward = List.of(new Edge(3, 5), new Edge(4, 5), new Edge(2, 3), new Edge(2, 4));

		assertThat(Loops.closedBy(1, 3, upward)).isEmpty();
		assertThat(Loops.closedBy(1, 2, upward)).isEmpty();
	}

	@Test
	void linksElsewhereInTheOrganisationDoNotMatter() {
		var upward = List.of(new Edge(2, 3), new Edge(7, 1), new Edge(8, 7));

		assertThat(Loops.closedBy(1, 2, upward)).isEmpty();
	}

	@Test
	void anExistingLoopUpwardIsWalkedOnceAndDoesNotHangTheCheck() {
		// The database forbids loops, but the check must end even on data that has one.
		var upward = List.of(new Edge(2, 3), new Edge(3, 2));

		assertThat(Loops.closedBy(1, 2, upward)).isEmpty();
	}
}
