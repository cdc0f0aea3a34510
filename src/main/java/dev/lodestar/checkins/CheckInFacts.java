package dev.lodestar.checkins;

import static dev.lodestar.platform.jdbc.SqlValues.decimal;
import static dev.lodestar.platform.jdbc.SqlValues.instant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.platform.jdbc.SqlValues;

/**
 * The check-ins OKR health folds into follow-up signals (ADR 0009): value, confidence and time of every check-in of
 * some key results, oldest first. One query; for health only, which never shows a check-in's note.
 */
@Component
public class CheckInFacts {

	/** A check-in as health reads it. */
	public record Point(long keyResultId, BigDecimal value, int confidence, Instant at) {
	}

	private final JdbcClient jdbc;

	CheckInFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Point> of(Collection<Long> keyResultIds) {
		if (keyResultIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select key_result_id, measured_value, confidence, checked_in_at from check_in "
				+ "where key_result_id = any(?) order by key_result_id, checked_in_at, id")
			.param(keyResultIds.toArray(Long[]::new))
			.query((rs, row) -> new Point(rs.getLong("key_result_id"), decimal(rs, "measured_value"), rs.getInt("confidence"),
					instant(rs, "checked_in_at")))
			.list();
	}

	/**
	 * The value of the latest check-in of each of these key results that has one — a past cycle's result, for
	 * ambition — one query, one row per key result however many check-ins each has.
	 */
	@Transactional(readOnly = true)
	public Map<Long, BigDecimal> lastValuesOf(Collection<Long> keyResultIds) {
		Map<Long, BigDecimal> values = new HashMap<>();
		if (keyResultIds.isEmpty()) {
			return values;
		}
		jdbc.sql("select key_result_id, measured_value from (select key_result_id, measured_value, row_number() over "
				+ "(partition by key_result_id order by checked_in_at desc, id desc) as latest from check_in "
				+ "where key_result_id = any(?)) c where latest = 1")
			.param(keyResultIds.toArray(Long[]::new))
			.query(rs -> {
				values.put(rs.getLong("key_result_id"), decimal(rs, "measured_value"));
			});
		return values;
	}

	/** Which of these key results have a check-in at or after {@code since}: one query. */
	@Transactional(readOnly = true)
	public Set<Long> checkedInSince(Collection<Long> keyResultIds, Instant since) {
		if (keyResultIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select distinct key_result_id from check_in where key_result_id = any(?) "
				+ "and checked_in_at >= ?")
			.params(keyResultIds.toArray(Long[]::new), SqlValues.timestamp(since))
			.query(Long.class)
			.list());
	}
}
