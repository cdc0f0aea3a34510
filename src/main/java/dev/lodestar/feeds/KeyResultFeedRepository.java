package dev.lodestar.feeds;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.lodestar.platform.jdbc.SqlValues.decimal;
import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

@Repository
class KeyResultFeedRepository {

	private static final String SELECT = "select key_result_id, mode, url, json_pointer, every_seconds, configured_by, version, "
			+ "next_pull_at, last_pulled_at, last_outcome, last_error, last_value from key_result_feed ";

	private final JdbcClient jdbc;

	KeyResultFeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<KeyResultFeed> find(long keyResultId) {
		return jdbc.sql(SELECT + "where key_result_id = ?").param(keyResultId).query(KeyResultFeedRepository::row).optional();
	}

	/** A new feed, unless the key result has one already (then false: someone set it meanwhile). */
	boolean insert(long keyResultId, FeedSetting setting, long configuredBy, Instant nextPullAt) {
		return jdbc.sql("insert into key_result_feed (key_result_id, mode, url, json_pointer, every_seconds, configured_by, "
				+ "version, next_pull_at) select ?, ?, ?, ?, ?, ?, 1, ? where not exists "
				+ "(select 1 from key_result_feed where key_result_id = ?)")
			.params(keyResultId, setting.mode().name(), setting.url(), setting.jsonPointer(), seconds(setting.every()),
					configuredBy, nextPullAt == null ? null : timestamp(nextPullAt), keyResultId)
			.update() == 1;
	}

	/**
	 * New settings over the version read. What the last pull found belonged to the old ones, so it goes, and a claim
	 * with it: the new address is read at {@code nextPullAt}.
	 */
	boolean update(long keyResultId, FeedSetting setting, long configuredBy, int version, Instant nextPullAt) {
		return jdbc.sql("update key_result_feed set mode = ?, url = ?, json_pointer = ?, every_seconds = ?, configured_by = ?, "
				+ "version = version + 1, next_pull_at = ?, claimed_until = null, last_pulled_at = null, last_outcome = null, "
				+ "last_error = null, last_value = null where key_result_id = ? and version = ?")
			.params(setting.mode().name(), setting.url(), setting.jsonPointer(), seconds(setting.every()), configuredBy,
					nextPullAt == null ? null : timestamp(nextPullAt), keyResultId, version)
			.update() == 1;
	}

	boolean delete(long keyResultId) {
		return jdbc.sql("delete from key_result_feed where key_result_id = ?").param(keyResultId).update() == 1;
	}

	/** Pull feeds due by {@code now} that no instance holds, the longest waiting first. */
	List<Long> due(Instant now, int limit) {
		return jdbc.sql("select key_result_id from key_result_feed where next_pull_at <= ? "
				+ "and (claimed_until is null or claimed_until < ?) order by next_pull_at, key_result_id limit ?")
			.params(timestamp(now), timestamp(now), limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Holds a feed due at {@code dueAt} until {@code until}; false when another instance holds it at {@code now}, or
	 * pulled it already.
	 */
	boolean claim(long keyResultId, Instant dueAt, Instant now, Instant until) {
		return jdbc.sql("update key_result_feed set claimed_until = ? where key_result_id = ? and next_pull_at <= ? "
				+ "and (claimed_until is null or claimed_until < ?)")
			.params(timestamp(until), keyResultId, timestamp(dueAt), timestamp(now))
			.update() == 1;
	}

	/**
	 * What a pull of the settings of {@code version} found. Settings changed meanwhile keep their own fresh state: the
	 * update finds no row of that version and changes nothing.
	 */
	void pulled(long keyResultId, int version, LastPull pull, Instant nextPullAt) {
		String detail = pull.detail() == null || pull.detail().length() <= 500 ? pull.detail() : pull.detail().substring(0, 500);
		jdbc.sql("update key_result_feed set last_pulled_at = ?, last_outcome = ?, last_error = ?, last_value = ?, "
				+ "next_pull_at = ?, claimed_until = null where key_result_id = ? and version = ?")
			.params(timestamp(pull.at()), pull.outcome().name(), detail, pull.value(), timestamp(nextPullAt), keyResultId,
					version)
			.update();
	}

	/** How an integration's check-in went, kept on the key result's PUSH feed (a PULL feed keeps what it read). */
	void pushed(long keyResultId, LastPull push) {
		jdbc.sql("update key_result_feed set last_pulled_at = ?, last_outcome = ?, last_error = ?, last_value = null "
				+ "where key_result_id = ? and mode = 'PUSH'")
			.params(timestamp(push.at()), push.outcome().name(), push.detail(), keyResultId)
			.update();
	}

	private static Integer seconds(Duration every) {
		return every == null ? null : Math.toIntExact(every.toSeconds());
	}

	private static KeyResultFeed row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		int seconds = rs.getInt("every_seconds");
		Duration every = rs.wasNull() ? null : Duration.ofSeconds(seconds);
		String outcome = rs.getString("last_outcome");
		BigDecimal value = decimal(rs, "last_value");
		LastPull last = outcome == null ? null
				: new LastPull(instant(rs, "last_pulled_at"), FeedOutcome.valueOf(outcome), rs.getString("last_error"), value);
		return new KeyResultFeed(rs.getLong("key_result_id"), FeedMode.valueOf(rs.getString("mode")), rs.getString("url"),
				rs.getString("json_pointer"), every, rs.getLong("configured_by"), rs.getInt("version"),
				instant(rs, "next_pull_at"), last);
	}
}
