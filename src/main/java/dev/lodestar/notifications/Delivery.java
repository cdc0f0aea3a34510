package dev.lodestar.notifications;

import java.time.Instant;

/**
 * A notification as admins follow its delivery: to whom (a person; or a chat group, the team's when {@code teamId}
 * is set, else the organisation's), what, how many attempts, and when it is tried next (while PENDING) or was sent.
 * {@code failure} names why it never can succeed (a code, shown translated: {@code notifications.failure.<code>});
 * {@code lastError} is what a server last answered.
 */
public record Delivery(long id, NotificationKind kind, Long recipientId, Long teamId, String recipientName,
		String period, Channel channel, Notification.State state, int attempts, Instant nextAttemptAt, String failure,
		String lastError, Instant createdAt, Instant sentAt) {

	Delivery named(String name) {
		return new Delivery(id, kind, recipientId, teamId, name, period, channel, state, attempts, nextAttemptAt, failure,
				lastError, createdAt, sentAt);
	}
}
