package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Weekly reviews written straight into their tables: the review's own API is built elsewhere, and the pack and
 * calibration only read these rows. Each row is what a review in that state would have left behind.
 */
final class WeeklyReviewRows {

	private final JdbcClient jdbc;

	WeeklyReviewRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long review(long teamId, long cycleId, LocalDate weekOf, String state, long openedBy) {
		Timestamp now = Timestamp.from(Instant.now());
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into weekly_review (team_id, cycle_id, week_of, state, opened_by, opened_at, revealed_at, "
				+ "closed_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 1)")
			.params(teamId, cycleId, weekOf, state, openedBy, now, state.equals("OPEN") ? null : now,
					state.equals("CLOSED") ? now : null)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void attended(long reviewId, long personId) {
		jdbc.sql("insert into review_attendance (review_id, person_id, joined_at) values (?, ?, ?)")
			.params(reviewId, personId, Timestamp.from(Instant.now()))
			.update();
	}

	/** Feedback on a score: {@code suggested} null means the author agreed. */
	void feedback(long reviewId, Score score, long authorId, String suggested, String comment) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("insert into score_feedback (review_id, key_result_id, score_id, author_id, agrees, suggested_score, "
				+ "comment, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")
			.params(reviewId, score.keyResultId(), score.id(), authorId, suggested == null,
					suggested == null ? null : new BigDecimal(suggested), comment, now, now)
			.update();
	}

	void decision(long reviewId, Long keyResultId, String text, long authorId) {
		jdbc.sql("insert into review_decision (review_id, key_result_id, text, author_id, recorded_at) values (?, ?, ?, ?, ?)")
			.params(reviewId, keyResultId, text, authorId, Timestamp.from(Instant.now()))
			.update();
	}
}
