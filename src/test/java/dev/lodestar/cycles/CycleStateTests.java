package dev.lodestar.cycles;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CycleStateTests {

	@Test
	void movesOnlyForward() {
		assertThat(CycleState.PLANNING.mayMoveTo(CycleState.ACTIVE)).isTrue();
		assertThat(CycleState.ACTIVE.mayMoveTo(CycleState.CLOSED)).isTrue();
		assertThat(CycleState.ACTIVE.mayMoveTo(CycleState.ACTIVE)).isTrue();
		assertThat(CycleState.ACTIVE.mayMoveTo(CycleState.PLANNING)).isFalse();
		assertThat(CycleState.CLOSED.mayMoveTo(CycleState.ACTIVE)).isFalse();
	}

	@Test
	void closesForChanges() {
		assertThat(CycleState.PLANNING.isOpen()).isTrue();
		assertThat(CycleState.ACTIVE.isOpen()).isTrue();
		assertThat(CycleState.CLOSED.isOpen()).isFalse();
	}
}
