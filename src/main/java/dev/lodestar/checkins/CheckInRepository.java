package dev.lodestar.checkins;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.lodestar.objectives.Reading;
import dev.lodestar.platform.web.PageQuery;

import static dev.lodestar.platform.jdbc.SqlValues.decimal;
import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

@Repository
class CheckInRepository {

	private static final String COLUMNS = "id, key_result_id, measured_value, confidence, note, author_id, checked_in_at, "
			+ "source, source_token_id";

	private static final String PREFIXED_COLUMNS = "c.id, c.key_result_id, c.measured_value, c.confidence, c.note, c.author_id, "
			+ "c.checked_in_at, c.source, c.source_token_id";

	private final JdbcClient jdbc;

	CheckInRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long keyResultId, BigDecimal value, int confidence, String note, long authorId, Instant at,
			CheckInSource source, Long tokenId) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into check_in (key_result_id, measured_value, confidence, note, author_id, checked_in_at, source, "
				+ "source_token_id) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(keyResultId, value, confidence, note, authorId, timestamp(at), source.name(), tokenId)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	List<CheckInRow> history(long keyResultId, PageQuery page) {
		return jdbc.sql("select " + COLUMNS + " from check_in where key_result_id = ? order by id desc limit ? offset ?")
			.params(keyResultId, page.size(), page.offset())
			.query((rs, n) -> row(rs))
			.list();
	}

	Optional<CheckInRow> find(long keyResultId, long id) {
		return jdbc.sql("select " + COLUMNS + " from check_in where key_result_id = ? and id = ?")
			.params(keyResultId, id)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** Someone's latest check-ins, newest first, by the (author_id, id) index. */
	List<CheckInRow> recentBy(long authorId, int limit) {
		return jdbc.sql("select " + COLUMNS + " from check_in where author_id = ? order by id desc limit ?")
			.params(authorId, limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** A check-in as stored: the reading the objectives know, and where it came from. */
	record CheckInRow(long keyResultId, Reading reading, CheckInSource source, Long tokenId) {
	}

	/** The check-ins of these key results made since {@code since}, oldest first: one range scan per key result. */
	List<CheckInRow> since(Collection<Long> keyResultIds, Instant since) {
		return jdbc.sql("select " + PREFIXED_COLUMNS + " from unnest(?) as k(id) join check_in c on c.key_result_id = k.id "
				+ "where c.checked_in_at >= ? order by c.id")
			.params(keyResultIds.toArray(Long[]::new), timestamp(since))
			.query((rs, n) -> row(rs))
			.list();
	}

	long count(long keyResultId) {
		return jdbc.sql("select count(*) from check_in where key_result_id = ?").param(keyResultId).query(Long.class).single();
	}

	/**
	 * The newest check-in of each key result: for each id one backward probe of the (key_result_id, id) index,
	 * so the cost follows the number of key results asked for, not the length of their histories.
	 */
	Map<Long, Reading> latestOf(Collection<Long> keyResultIds) {
		Map<Long, Reading> latest = new HashMap<>();
		jdbc.sql("select " + PREFIXED_COLUMNS + " from unnest(?) as k(id) "
				+ "join check_in c on c.id = (select max(i.id) from check_in i where i.key_result_id = k.id)")
			.param(keyResultIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong("key_result_id"), reading(rs)))
			.list()
			.forEach(entry -> latest.put(entry.getKey(), entry.getValue()));
		return latest;
	}

	/**
	 * The newest value of each key result: one backward probe of the (key_result_id, id) index per key result, and
	 * only the value read — a third faster than {@link #latestOf} for the thirty thousand of a whole cycle's map.
	 */
	Map<Long, java.math.BigDecimal> latestValuesOf(Collection<Long> keyResultIds) {
		Map<Long, java.math.BigDecimal> latest = new HashMap<>();
		jdbc.sql("select k.id, (select c.measured_value from check_in c where c.key_result_id = k.id "
				+ "order by c.id desc limit 1) as measured_value from unnest(?) as k(id)")
			.param(keyResultIds.toArray(Long[]::new))
			.query(rs -> {
				java.math.BigDecimal value = decimal(rs, "measured_value");
				if (value != null) {
					latest.put(rs.getLong(1), value);
				}
			});
		return latest;
	}

	private static CheckInRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
		long tokenId = rs.getLong("source_token_id");
		return new CheckInRow(rs.getLong("key_result_id"), reading(rs), CheckInSource.valueOf(rs.getString("source")),
				rs.wasNull() ? null : tokenId);
	}

	private static Reading reading(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Reading(rs.getLong("id"), decimal(rs, "measured_value"), rs.getInt("confidence"), rs.getString("note"),
				rs.getLong("author_id"), instant(rs, "checked_in_at"));
	}
}
