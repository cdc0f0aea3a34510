package dev.lodestar.scoring;

import static dev.lodestar.platform.jdbc.SqlValues.decimal;
import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.nullableLong;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The weekly reviews with their attendance, feedback and decisions (tables of V14). */
@Repository
class ReviewRepository {

	private static final String REVIEW = "select id, team_id, cycle_id, week_of, state, opened_by, opened_at, revealed_at, "
			+ "closed_at, version from weekly_review ";

	private static final String FEEDBACK = "select id, review_id, key_result_id, score_id, author_id, agrees, suggested_score, "
			+ "comment, version, created_at, updated_at from score_feedback ";

	/** Someone who joined the review, and when. */
	record Attendance(long personId, Instant joinedAt) {
	}

	private final JdbcClient jdbc;

	ReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long teamId, long cycleId, LocalDate weekOf, long openedBy, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into weekly_review (team_id, cycle_id, week_of, state, opened_by, opened_at, version) "
				+ "values (?, ?, ?, 'OPEN', ?, ?, 1)")
			.params(teamId, cycleId, weekOf, openedBy, timestamp(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<WeeklyReview> find(long id) {
		return jdbc.sql(REVIEW + "where id = ?").param(id).query(ReviewRepository::review).optional();
	}

	/** The review, locked until the transaction ends, so that a change and a reveal or close do not cross. */
	Optional<WeeklyReview> lock(long id) {
		return jdbc.sql(REVIEW + "where id = ? for update").param(id).query(ReviewRepository::review).optional();
	}

	Optional<WeeklyReview> ofWeek(long teamId, LocalDate weekOf) {
		return jdbc.sql(REVIEW + "where team_id = ? and week_of = ?")
			.params(teamId, weekOf)
			.query(ReviewRepository::review)
			.optional();
	}

	List<WeeklyReview> ofTeam(long teamId, int limit) {
		return jdbc.sql(REVIEW + "where team_id = ? order by week_of desc limit ?")
			.params(teamId, limit)
			.query(ReviewRepository::review)
			.list();
	}

	/** The weeks (their Mondays) in which each of these teams opened a review, between these days, by team. */
	Map<Long, Set<LocalDate>> weeksOf(Collection<Long> teamIds, LocalDate from, LocalDate to) {
		Map<Long, Set<LocalDate>> weeks = new HashMap<>();
		if (teamIds.isEmpty()) {
			return weeks;
		}
		jdbc.sql("select team_id, week_of from weekly_review where team_id = any(?) and week_of between ? and ?")
			.params(teamIds.toArray(Long[]::new), from, to)
			.query(rs -> {
				weeks.computeIfAbsent(rs.getLong("team_id"), team -> new HashSet<>())
					.add(rs.getObject("week_of", LocalDate.class));
			});
		return weeks;
	}

	/** Reviews of a cycle still running: where a new score of one of the cycle's key results may show. */
	List<Long> runningInCycle(long cycleId) {
		return jdbc.sql("select id from weekly_review where cycle_id = ? and state <> 'CLOSED'")
			.param(cycleId)
			.query(Long.class)
			.list();
	}

	/** Moves the review on if it is still at {@code version}; false when someone moved it first. */
	boolean move(long id, int version, ReviewState to, Instant at) {
		String stamp = to == ReviewState.REVEALED ? "revealed_at" : "closed_at";
		return jdbc.sql("update weekly_review set state = ?, " + stamp + " = ?, version = version + 1 where id = ? and version = ?")
			.params(to.name(), timestamp(at), id, version)
			.update() == 1;
	}

	/** Records that someone joined; false when they had joined already. */
	boolean attend(long reviewId, long personId, Instant at) {
		return jdbc.sql("insert into review_attendance (review_id, person_id, joined_at) select ?, ?, ? "
				+ "where not exists (select 1 from review_attendance where review_id = ? and person_id = ?)")
			.params(reviewId, personId, timestamp(at), reviewId, personId)
			.update() == 1;
	}

	List<Attendance> attendanceOf(long reviewId) {
		return jdbc.sql("select person_id, joined_at from review_attendance where review_id = ? order by joined_at, person_id")
			.param(reviewId)
			.query((rs, row) -> new Attendance(rs.getLong("person_id"), instant(rs, "joined_at")))
			.list();
	}

	/** Every feedback of the review: the board decides what its reader may read of it. */
	List<ScoreFeedback> feedbackOf(long reviewId) {
		return jdbc.sql(FEEDBACK + "where review_id = ? order by id").param(reviewId).query(ReviewRepository::feedback).list();
	}

	Optional<ScoreFeedback> feedbackBy(long reviewId, long keyResultId, long authorId) {
		return jdbc.sql(FEEDBACK + "where review_id = ? and key_result_id = ? and author_id = ?")
			.params(reviewId, keyResultId, authorId)
			.query(ReviewRepository::feedback)
			.optional();
	}

	long insertFeedback(long reviewId, long keyResultId, long scoreId, long authorId, boolean agrees, BigDecimal suggested,
			String comment, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into score_feedback (review_id, key_result_id, score_id, author_id, agrees, suggested_score, comment, "
				+ "version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")
			.params(reviewId, keyResultId, scoreId, authorId, agrees, suggested, comment, timestamp(at), timestamp(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean updateFeedback(long id, int version, long scoreId, boolean agrees, BigDecimal suggested, String comment, Instant at) {
		return jdbc.sql("update score_feedback set score_id = ?, agrees = ?, suggested_score = ?, comment = ?, updated_at = ?, "
				+ "version = version + 1 where id = ? and version = ?")
			.params(scoreId, agrees, suggested, comment, timestamp(at), id, version)
			.update() == 1;
	}

	long insertDecision(long reviewId, Long keyResultId, String text, long authorId, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into review_decision (review_id, key_result_id, text, author_id, recorded_at) values (?, ?, ?, ?, ?)")
			.params(reviewId, keyResultId, text, authorId, timestamp(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	List<ReviewDecision> decisionsOf(long reviewId) {
		return jdbc.sql("select id, review_id, key_result_id, text, author_id, recorded_at from review_decision "
				+ "where review_id = ? order by id")
			.param(reviewId)
			.query((rs, row) -> new ReviewDecision(rs.getLong("id"), rs.getLong("review_id"), nullableLong(rs, "key_result_id"),
					rs.getString("text"), rs.getLong("author_id"), instant(rs, "recorded_at")))
			.list();
	}

	/** How much the review gathered, for {@link ReviewHeld}: one query. */
	int[] countsOf(long reviewId) {
		return jdbc.sql("select (select count(*) from review_attendance where review_id = ?) a, "
				+ "(select count(*) from score_feedback where review_id = ?) f, "
				+ "(select count(*) from review_decision where review_id = ?) d")
			.params(reviewId, reviewId, reviewId)
			.query((rs, row) -> new int[] { rs.getInt("a"), rs.getInt("f"), rs.getInt("d") })
			.single();
	}

	static WeeklyReview review(ResultSet rs, int row) throws SQLException {
		return new WeeklyReview(rs.getLong("id"), rs.getLong("team_id"), rs.getLong("cycle_id"),
				rs.getObject("week_of", LocalDate.class), ReviewState.valueOf(rs.getString("state")), rs.getLong("opened_by"),
				instant(rs, "opened_at"), instant(rs, "revealed_at"), instant(rs, "closed_at"), rs.getInt("version"));
	}

	static ScoreFeedback feedback(ResultSet rs, int row) throws SQLException {
		return new ScoreFeedback(rs.getLong("id"), rs.getLong("review_id"), rs.getLong("key_result_id"), rs.getLong("score_id"),
				rs.getLong("author_id"), rs.getBoolean("agrees"), decimal(rs, "suggested_score"), rs.getString("comment"),
				rs.getInt("version"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}
}
