package dev.lodestar.webhooks;

import static dev.lodestar.platform.jdbc.SqlValues.instant;
import static dev.lodestar.platform.jdbc.SqlValues.nullableLong;
import static dev.lodestar.platform.jdbc.SqlValues.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Webhooks and their delivery log (V30). */
@Repository
class WebhookRepository {

	/** A webhook as the sender needs it: where, and the secret that signs. */
	record Target(long id, String url, String secret) {
	}

	/** A webhook as matching an event needs it. */
	record Listener(long id, Long ownerPersonId, Set<WebhookEvent> events) {
	}

	private static final String WEBHOOK = "select id, owner_person_id, url, events, active, version, created_at from webhook ";

	private static final String DELIVERY = "select id, webhook_id, event_id, event_type, state, attempts, response_status, "
			+ "last_error, created_at, next_attempt_at, delivered_at from webhook_delivery ";

	private final JdbcClient jdbc;

	WebhookRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Long ownerPersonId, String url, String secret, Set<WebhookEvent> events, long createdBy, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into webhook (owner_person_id, url, secret, events, active, version, created_by, created_at) "
				+ "values (?, ?, ?, ?, true, 1, ?, ?)")
			.params(ownerPersonId, url, secret, names(events), createdBy, timestamp(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<Webhook> find(long id) {
		return jdbc.sql(WEBHOOK + "where id = ?").param(id).query(WebhookRepository::webhook).optional();
	}

	/** The caller's own webhooks, and the organisation's when {@code withOrganisations}: one query. */
	List<Webhook> visibleTo(long personId, boolean withOrganisations) {
		return jdbc.sql(WEBHOOK + "where owner_person_id = ? or (? and owner_person_id is null) order by id")
			.params(personId, withOrganisations)
			.query(WebhookRepository::webhook)
			.list();
	}

	/** @return false when the version is no longer the stored one */
	boolean update(long id, String url, Set<WebhookEvent> events, boolean active, int expectedVersion) {
		return jdbc.sql("update webhook set url = ?, events = ?, active = ?, version = version + 1 where id = ? and version = ?")
			.params(url, names(events), active, id, expectedVersion)
			.update() == 1;
	}

	void delete(long id) {
		jdbc.sql("delete from webhook where id = ?").param(id).update();
	}

	/** The people who own an active webhook: usually a handful, one query. */
	List<Long> owners() {
		return jdbc.sql("select distinct owner_person_id from webhook where active = true and owner_person_id is not null")
			.query(Long.class)
			.list();
	}

	/** Every active webhook, for matching an event: usually a handful, one query. */
	List<Listener> listeners() {
		return jdbc.sql("select id, owner_person_id, events from webhook where active = true")
			.query((rs, row) -> new Listener(rs.getLong("id"), nullableLong(rs, "owner_person_id"), events(rs)))
			.list();
	}

	void enqueue(long webhookId, String eventId, WebhookEvent event, String payload, Instant at) {
		jdbc.sql("insert into webhook_delivery (webhook_id, event_id, event_type, payload, state, attempts, next_attempt_at, "
				+ "created_at) values (?, ?, ?, ?, 'PENDING', 0, ?, ?)")
			.params(webhookId, eventId, event.name(), payload, timestamp(at), timestamp(at))
			.update();
	}

	/**
	 * Pending deliveries of active webhooks due by {@code now} that nobody holds, oldest first; a paused one's wait, and
	 * so do those of a person's webhook unless the person is among {@code activeOwners}.
	 */
	List<Long> due(Instant now, Collection<Long> activeOwners, int limit) {
		return jdbc.sql("select d.id from webhook_delivery d join webhook w on w.id = d.webhook_id and w.active = true "
				+ "and (w.owner_person_id is null or w.owner_person_id = any(?)) "
				+ "where d.state = 'PENDING' and d.next_attempt_at <= ? and (d.claimed_until is null or d.claimed_until < ?) "
				+ "order by d.next_attempt_at, d.id limit ?")
			.params(activeOwners.toArray(Long[]::new), timestamp(now), timestamp(now), limit)
			.query(Long.class)
			.list();
	}

	/** Holds a due delivery until {@code until}; false when another instance holds it or it was delivered. */
	boolean claim(long id, Instant now, Instant until) {
		return jdbc.sql("update webhook_delivery set claimed_until = ? where id = ? and state = 'PENDING' "
				+ "and (claimed_until is null or claimed_until < ?)")
			.params(timestamp(until), id, timestamp(now))
			.update() == 1;
	}

	/** What to post and where: the delivery's event, payload and webhook. */
	record Outgoing(long id, String eventId, WebhookEvent event, String payload, int attempts, Target target) {
	}

	Optional<Outgoing> outgoing(long id) {
		return jdbc.sql("select d.id, d.event_id, d.event_type, d.payload, d.attempts, w.id as webhook_id, w.url, w.secret "
				+ "from webhook_delivery d join webhook w on w.id = d.webhook_id where d.id = ?")
			.param(id)
			.query((rs, row) -> new Outgoing(rs.getLong("id"), rs.getString("event_id"),
					WebhookEvent.valueOf(rs.getString("event_type")), rs.getString("payload"), rs.getInt("attempts"),
					new Target(rs.getLong("webhook_id"), rs.getString("url"), rs.getString("secret"))))
			.optional();
	}

	void delivered(long id, int status, Instant at) {
		jdbc.sql("update webhook_delivery set state = 'DELIVERED', response_status = ?, delivered_at = ?, "
				+ "attempts = attempts + 1, claimed_until = null, last_error = null where id = ?")
			.params(status, timestamp(at), id)
			.update();
	}

	/** Records a failed attempt: tried again at {@code next}, or FAILED for good when {@code next} is null. */
	void failed(long id, Integer status, String error, Instant next) {
		jdbc.sql("update webhook_delivery set attempts = attempts + 1, response_status = ?, last_error = ?, "
				+ "claimed_until = null, state = ?, next_attempt_at = coalesce(cast(? as timestamp with time zone), next_attempt_at) where id = ?")
			.params(status, error.length() > 500 ? error.substring(0, 500) : error, next == null ? "FAILED" : "PENDING",
					next == null ? null : timestamp(next), id)
			.update();
	}

	/** A page of a webhook's log, newest first: one query. */
	List<WebhookDelivery> deliveries(long webhookId, long offset, int limit) {
		return jdbc.sql(DELIVERY + "where webhook_id = ? order by id desc limit ? offset ?")
			.params(webhookId, limit, offset)
			.query(WebhookRepository::delivery)
			.list();
	}

	long countDeliveries(long webhookId) {
		return jdbc.sql("select count(*) from webhook_delivery where webhook_id = ?").param(webhookId).query(Long.class).single();
	}

	Optional<WebhookDelivery> findDelivery(long webhookId, long id) {
		return jdbc.sql(DELIVERY + "where webhook_id = ? and id = ?").params(webhookId, id).query(WebhookRepository::delivery)
			.optional();
	}

	/** Puts a FAILED delivery back in line, due now; false when it is not FAILED. */
	boolean retry(long id, Instant now) {
		return jdbc.sql("update webhook_delivery set state = 'PENDING', next_attempt_at = ?, claimed_until = null "
				+ "where id = ? and state = 'FAILED'")
			.params(timestamp(now), id)
			.update() == 1;
	}

	private static String[] names(Set<WebhookEvent> events) {
		return events.stream().map(Enum::name).sorted().toArray(String[]::new);
	}

	private static Set<WebhookEvent> events(ResultSet rs) throws SQLException {
		Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
		for (Object name : (Object[]) rs.getArray("events").getArray()) {
			events.add(WebhookEvent.valueOf((String) name));
		}
		return events;
	}

	private static Webhook webhook(ResultSet rs, int row) throws SQLException {
		return new Webhook(rs.getLong("id"), nullableLong(rs, "owner_person_id"), rs.getString("url"), events(rs),
				rs.getBoolean("active"), rs.getInt("version"), instant(rs, "created_at"));
	}

	private static WebhookDelivery delivery(ResultSet rs, int row) throws SQLException {
		int status = rs.getInt("response_status");
		return new WebhookDelivery(rs.getLong("id"), rs.getLong("webhook_id"), rs.getString("event_id"),
				WebhookEvent.valueOf(rs.getString("event_type")), WebhookDelivery.State.valueOf(rs.getString("state")),
				rs.getInt("attempts"), rs.wasNull() ? null : status, rs.getString("last_error"), instant(rs, "created_at"),
				instant(rs, "next_attempt_at"), instant(rs, "delivered_at"));
	}
}
