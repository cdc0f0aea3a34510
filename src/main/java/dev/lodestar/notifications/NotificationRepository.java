package dev.lodestar.notifications;

import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.nullableLong;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox of notifications and the record of planning runs (V27). */
@Repository
class NotificationRepository {

	private static final String SELECT = "select id, kind, recipient_id, chat_scope, time_zone, period, channel, subject_ids, "
			+ "state, attempts, last_error from notification ";

	private final JdbcClient jdbc;

	NotificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Claims a planning run; a second claim of the same run fails on the primary key. */
	void claimRun(NotificationKind kind, String timeZone, LocalDate period, Instant at) {
		jdbc.sql("insert into notification_run (kind, time_zone, period, planned_at) values (?, ?, ?, ?)")
			.params(kind.name(), timeZone, period.toString(), timestamp(at))
			.update();
	}

	/** How many kinds of run are claimed for the zone and day: one short query before reading anything big. */
	int runsClaimed(String timeZone, LocalDate period) {
		return jdbc.sql("select count(*) from notification_run where time_zone = ? and period = ?")
			.params(timeZone, period.toString())
			.query(Integer.class)
			.single();
	}

	/** Writes a notification once: one already written (a person who moved time zone today) stays as it is. */
	void insert(NotificationKind kind, long recipientId, LocalDate period, Channel channel, List<Long> subjectIds,
			Instant at) {
		jdbc.sql("insert into notification (kind, recipient_id, period, channel, subject_ids, state, attempts, "
				+ "next_attempt_at, created_at) values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?) on conflict do nothing")
			.params(kind.name(), recipientId, period.toString(), channel.name(), subjectIds.toArray(Long[]::new),
					timestamp(at), timestamp(at))
			.update();
	}

	/**
	 * Writes a chat group's message once per kind, scope, time zone and day: the run of each zone writes its own about
	 * the people there.
	 */
	void insertGroup(NotificationKind kind, long chatScope, String timeZone, LocalDate period, List<Long> subjectIds,
			Instant at) {
		jdbc.sql("insert into notification (kind, chat_scope, time_zone, period, channel, subject_ids, state, attempts, "
				+ "next_attempt_at, created_at) values (?, ?, ?, ?, 'CHAT', ?, 'PENDING', 0, ?, ?) on conflict do nothing")
			.params(kind.name(), chatScope, timeZone, period.toString(), subjectIds.toArray(Long[]::new), timestamp(at),
					timestamp(at))
			.update();
	}

	/** Pending notifications due by {@code now} that nobody holds, oldest first. */
	List<Long> due(Instant now, int limit) {
		return jdbc.sql("select id from notification where state = 'PENDING' and next_attempt_at <= ? "
				+ "and (claimed_until is null or claimed_until < ?) order by next_attempt_at, id limit ?")
			.params(timestamp(now), timestamp(now), limit)
			.query(Long.class)
			.list();
	}

	/** Holds a due notification until {@code until}; false when another instance holds it or it was sent. */
	boolean claim(long id, Instant now, Instant until) {
		return jdbc.sql("update notification set claimed_until = ? where id = ? and state = 'PENDING' "
				+ "and (claimed_until is null or claimed_until < ?)")
			.params(timestamp(until), id, timestamp(now))
			.update() == 1;
	}

	Optional<Notification> find(long id) {
		return jdbc.sql(SELECT + "where id = ?").param(id).query(NotificationRepository::row).optional();
	}

	void sent(long id, Instant at) {
		jdbc.sql("update notification set state = 'SENT', sent_at = ?, attempts = attempts + 1, claimed_until = null, failure = null "
				+ "where id = ?")
			.params(timestamp(at), id)
			.update();
	}

	/** Gives up at once on a notification that never can succeed, naming why by a code shown translated. */
	void undeliverable(long id, String failure) {
		jdbc.sql("update notification set attempts = attempts + 1, failure = ?, last_error = null, claimed_until = null, "
				+ "state = 'FAILED' where id = ?")
			.params(failure, id)
			.update();
	}

	/** Records a failed attempt: tried again at {@code next}, or FAILED for good when {@code next} is null. */
	void failed(long id, String error, Instant next) {
		jdbc.sql("update notification set attempts = attempts + 1, last_error = ?, failure = null, claimed_until = null, "
				+ "state = case when cast(? as timestamp with time zone) is null then 'FAILED' else 'PENDING' end, "
				+ "next_attempt_at = coalesce(cast(? as timestamp with time zone), next_attempt_at) where id = ?")
			.params(error.length() > 500 ? error.substring(0, 500) : error, next == null ? null : timestamp(next),
					next == null ? null : timestamp(next), id)
			.update();
	}

	/** A person's notifications, oldest first: one query. */
	List<Notification> ofRecipient(long recipientId) {
		return jdbc.sql(SELECT + "where recipient_id = ? order by id").param(recipientId).query(NotificationRepository::row).list();
	}

	/** A chat group's messages, oldest first: one query. */
	List<Notification> ofChatScope(long chatScope) {
		return jdbc.sql(SELECT + "where chat_scope = ? order by id").param(chatScope).query(NotificationRepository::row).list();
	}

	private static Notification row(java.sql.ResultSet rs, int row) throws SQLException {
		return new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
				nullableLong(rs, "recipient_id"), nullableLong(rs, "chat_scope"), rs.getString("time_zone"), rs.getString("period"), Channel.valueOf(rs.getString("channel")), idsOf(rs.getArray("subject_ids")),
				Notification.State.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getString("last_error"));
	}

	private static List<Long> idsOf(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		List<Long> ids = new ArrayList<>();
		for (Object id : (Object[]) array.getArray()) {
			ids.add(((Number) id).longValue());
		}
		return ids;
	}

	private static final String FILTERS = "(? = 'ALL' or (? = 'FAILED' and state = 'FAILED') "
			+ "or (? = 'RETRYING' and state = 'PENDING' and attempts > 0))";

	/** A page of deliveries, newest first: one query; the names come from the people module. */
	List<Delivery> deliveries(DeliveryFilter filter, long offset, int limit) {
		String name = filter.name();
		return jdbc.sql("select id, kind, recipient_id, chat_scope, period, channel, state, attempts, next_attempt_at, "
				+ "failure, last_error, created_at, sent_at from notification where " + FILTERS
				+ " order by id desc limit ? offset ?")
			.params(name, name, name, limit, offset)
			.query((rs, row) -> new Delivery(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
					nullableLong(rs, "recipient_id"), teamOf(nullableLong(rs, "chat_scope")), "", rs.getString("period"),
					Channel.valueOf(rs.getString("channel")), Notification.State.valueOf(rs.getString("state")),
					rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("failure"), rs.getString("last_error"),
					instant(rs, "created_at"),
					instant(rs, "sent_at")))
			.list();
	}

	private static Long teamOf(Long chatScope) {
		return chatScope == null || chatScope == ChatHook.ORGANISATION ? null : chatScope;
	}

	long countDeliveries(DeliveryFilter filter) {
		String name = filter.name();
		return jdbc.sql("select count(*) from notification where " + FILTERS).params(name, name, name).query(Long.class).single();
	}

	/** Puts a FAILED notification back in line, due now, its attempts kept; false when it is not FAILED. */
	boolean retry(long id, Instant now) {
		return jdbc.sql("update notification set state = 'PENDING', next_attempt_at = ?, claimed_until = null, failure = null "
				+ "where id = ? and state = 'FAILED'")
			.params(timestamp(now), id)
			.update() == 1;
	}
}
