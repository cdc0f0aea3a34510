package dev.lodestar.scoring;

import static dev.lodestar.platform.jdbc.SqlValues.decimal;
import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.nullableLong;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a review pack reads of a team's weekly reviews: the reviews of a week or a cycle, who attended, the
 * decisions, and the feedback — only of reviews that were revealed or closed, so feedback that is still private
 * to its author is never read for a pack at all.
 */
@Repository
class ReviewPackRepository {

	record ReviewRow(long id, long cycleId, LocalDate weekOf, String state) {
	}

	record AttendanceRow(long reviewId, long personId) {
	}

	record FeedbackRow(long reviewId, long keyResultId, long authorId, BigDecimal suggested, BigDecimal judged,
			String comment) {
	}

	record DecisionRow(long reviewId, Long keyResultId, String text, long authorId, Instant recordedAt) {
	}

	private static final String REVIEW_COLUMNS = "select id, cycle_id, week_of, state from weekly_review ";

	private final JdbcClient jdbc;

	ReviewPackRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ReviewRow> reviewsOfWeek(long teamId, LocalDate monday) {
		return jdbc.sql(REVIEW_COLUMNS + "where team_id = ? and week_of = ?")
			.params(teamId, monday)
			.query(ReviewPackRepository::review)
			.list();
	}

	List<ReviewRow> reviewsOfCycle(long teamId, long cycleId) {
		return jdbc.sql(REVIEW_COLUMNS + "where team_id = ? and cycle_id = ? order by week_of")
			.params(teamId, cycleId)
			.query(ReviewPackRepository::review)
			.list();
	}

	List<AttendanceRow> attendanceOf(Collection<Long> reviewIds) {
		return jdbc.sql("select review_id, person_id from review_attendance where review_id = any(?) order by joined_at, person_id")
			.param(reviewIds.toArray(Long[]::new))
			.query((rs, n) -> new AttendanceRow(rs.getLong("review_id"), rs.getLong("person_id")))
			.list();
	}

	/** Feedback of those of these reviews that were revealed or closed, with the score each judged. */
	List<FeedbackRow> revealedFeedbackOf(Collection<Long> reviewIds) {
		return jdbc.sql("select f.review_id, f.key_result_id, f.author_id, f.suggested_score, s.score as judged, f.comment "
				+ "from score_feedback f join weekly_review r on r.id = f.review_id "
				+ "join key_result_score s on s.id = f.score_id "
				+ "where f.review_id = any(?) and r.state in ('REVEALED', 'CLOSED') order by f.review_id, f.id")
			.param(reviewIds.toArray(Long[]::new))
			.query((rs, n) -> new FeedbackRow(rs.getLong("review_id"), rs.getLong("key_result_id"),
					rs.getLong("author_id"), decimal(rs, "suggested_score"), decimal(rs, "judged"), rs.getString("comment")))
			.list();
	}

	List<DecisionRow> decisionsOf(Collection<Long> reviewIds) {
		return jdbc.sql("select review_id, key_result_id, text, author_id, recorded_at from review_decision "
				+ "where review_id = any(?) order by review_id, id")
			.param(reviewIds.toArray(Long[]::new))
			.query((rs, n) -> new DecisionRow(rs.getLong("review_id"), nullableLong(rs, "key_result_id"),
					rs.getString("text"), rs.getLong("author_id"), instant(rs, "recorded_at")))
			.list();
	}

	private static ReviewRow review(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ReviewRow(rs.getLong("id"), rs.getLong("cycle_id"), rs.getObject("week_of", LocalDate.class),
				rs.getString("state"));
	}
}
