package dev.lodestar.scoring;

import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FinalScoreCallRepository {

	private final JdbcClient jdbc;

	FinalScoreCallRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the call unless the cycle has one: the first asker and moment stay. */
	void insertIfAbsent(long cycleId, long askedBy, Instant at) {
		jdbc.sql("insert into final_score_call (cycle_id, asked_by, asked_at) select ?, ?, ? "
				+ "where not exists (select 1 from final_score_call where cycle_id = ?)")
			.params(cycleId, askedBy, timestamp(at), cycleId)
			.update();
	}

	Optional<FinalScoreCall> of(long cycleId) {
		return jdbc.sql("select cycle_id, asked_by, asked_at from final_score_call where cycle_id = ?")
			.param(cycleId)
			.query((rs, n) -> new FinalScoreCall(rs.getLong("cycle_id"), rs.getLong("asked_by"), instant(rs, "asked_at")))
			.optional();
	}

	boolean exists(long cycleId) {
		return jdbc.sql("select count(*) from final_score_call where cycle_id = ?").param(cycleId).query(Long.class).single() > 0;
	}

	/** The cycles whose owners were asked for final scores: one row per cycle, so few. */
	List<Long> cycleIds() {
		return jdbc.sql("select cycle_id from final_score_call").query(Long.class).list();
	}
}
