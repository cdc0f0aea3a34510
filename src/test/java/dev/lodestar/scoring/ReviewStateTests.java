package dev.lodestar.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewStateTests {

	@Test
	void anOpenReviewTakesFeedbackButShowsNoneUntilItIsRevealed() {
		assertThat(ReviewState.OPEN.takesFeedback()).isTrue();
		assertThat(ReviewState.OPEN.showsFeedback()).isFalse();
		assertThat(ReviewState.OPEN.revealed()).isEqualTo(ReviewState.REVEALED);
	}

	@Test
	void aRevealedReviewShowsFeedbackTakesNoMoreButStillTakesDecisions() {
		assertThat(ReviewState.REVEALED.showsFeedback()).isTrue();
		assertThat(ReviewState.REVEALED.takesFeedback()).isFalse();
		assertThat(ReviewState.REVEALED.takesDecisions()).isTrue();
		assertThat(ReviewState.REVEALED.mayReveal()).isFalse();
		assertThatThrownBy(ReviewState.REVEALED::revealed).isInstanceOf(IllegalStateException.class);
		assertThat(ReviewState.REVEALED.closed()).isEqualTo(ReviewState.CLOSED);
	}

	@Test
	void aReviewMayBeClosedWithoutARevealAndThenTakesNothing() {
		assertThat(ReviewState.OPEN.closed()).isEqualTo(ReviewState.CLOSED);
		assertThat(ReviewState.CLOSED.takesFeedback()).isFalse();
		assertThat(ReviewState.CLOSED.takesDecisions()).isFalse();
		assertThat(ReviewState.CLOSED.takesAttendance()).isFalse();
		assertThat(ReviewState.CLOSED.showsFeedback()).isTrue();
		assertThatThrownBy(ReviewState.CLOSED::closed).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(ReviewState.CLOSED::revealed).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aReviewIsOfTheMondayOfItsWeek() {
		assertThat(ReviewManagement.mondayOf(java.time.LocalDate.of(2026, 11, 28))).isEqualTo(java.time.LocalDate.of(2026, 11, 23));
		assertThat(ReviewManagement.mondayOf(java.time.LocalDate.of(2026, 11, 23))).isEqualTo(java.time.LocalDate.of(2026, 11, 23));
	}
}
