package dev.lodestar.scoring;

import static dev.lodestar.platform.jdbc.SqlValues.decimal;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What calibration reads of the weekly reviews and scores. Feedback is read only from reviews the lead has
 * revealed (or closed): feedback still private to its author never reaches anyone's calibration.
 */
@Repository
class CalibrationRepository {

	private final JdbcClient jdbc;

	CalibrationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Revealed feedback on these key results' scores, each with the self-score it judged. */
	List<CalibrationGap.Judgement> revealedJudgementsOn(Collection<Long> keyResultIds) {
		if (keyResultIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select s.score as self_score, f.suggested_score from score_feedback f "
				+ "join weekly_review r on r.id = f.review_id join key_result_score s on s.id = f.score_id "
				+ "where f.key_result_id = any(?) and r.state in ('REVEALED', 'CLOSED') order by f.id")
			.param(keyResultIds.toArray(Long[]::new))
			.query((rs, n) -> new CalibrationGap.Judgement(decimal(rs, "self_score"), decimal(rs, "suggested_score")))
			.list();
	}

	/** The latest final score of each of these key results that has one. */
	List<Score> finalScoresOf(Collection<Long> keyResultIds) {
		if (keyResultIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select s.id, s.key_result_id, s.version, s.score, s.weight, s.reason, s.kind, s.author_id, "
				+ "s.recorded_at from key_result_score s where s.key_result_id = any(?) and s.kind = 'FINAL' "
				+ "and s.version = (select max(l.version) from key_result_score l "
				+ "where l.key_result_id = s.key_result_id and l.kind = 'FINAL') order by s.key_result_id")
			.param(keyResultIds.toArray(Long[]::new))
			.query(ScoreRepository::score)
			.list();
	}
}
