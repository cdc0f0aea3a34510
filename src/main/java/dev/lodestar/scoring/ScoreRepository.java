package dev.lodestar.scoring;

import static dev.lodestar.platform.jdbc.SqlValues.decimal;
import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ScoreRepository {

	private static final String COLUMNS = "s.id, s.key_result_id, s.version, s.score, s.weight, s.reason, s.kind, "
			+ "s.author_id, s.recorded_at";

	private final JdbcClient jdbc;

	ScoreRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long keyResultId, int version, BigDecimal value, BigDecimal weight, String reason, ScoreKind kind,
			long authorId, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into key_result_score (key_result_id, version, score, weight, reason, kind, author_id, recorded_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(keyResultId, version, value, weight, reason, kind.name(), authorId, timestamp(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	int latestVersion(long keyResultId) {
		return jdbc.sql("select coalesce(max(version), 0) from key_result_score where key_result_id = ?")
			.param(keyResultId)
			.query(Integer.class)
			.single();
	}

	/** The current score of each key result that has one: one probe of the unique index per key result. */
	Map<Long, Score> latestOf(Collection<Long> keyResultIds) {
		Map<Long, Score> latest = new HashMap<>();
		if (keyResultIds.isEmpty()) {
			return latest;
		}
		jdbc.sql("select " + COLUMNS + " from unnest(?) as k(id) join key_result_score s on s.key_result_id = k.id "
				+ "and s.version = (select max(l.version) from key_result_score l where l.key_result_id = k.id)")
			.param(keyResultIds.toArray(Long[]::new))
			.query(ScoreRepository::score)
			.list()
			.forEach(score -> latest.put(score.keyResultId(), score));
		return latest;
	}

	/** A key result's scores, newest first. */
	List<Score> historyOf(long keyResultId) {
		return jdbc.sql("select " + COLUMNS + " from key_result_score s where s.key_result_id = ? order by s.version desc")
			.param(keyResultId)
			.query(ScoreRepository::score)
			.list();
	}

	static Score score(ResultSet rs, int row) throws SQLException {
		return new Score(rs.getLong("id"), rs.getLong("key_result_id"), rs.getInt("version"), decimal(rs, "score"),
				decimal(rs, "weight"), rs.getString("reason"), ScoreKind.valueOf(rs.getString("kind")),
				rs.getLong("author_id"), instant(rs, "recorded_at"));
	}
}
