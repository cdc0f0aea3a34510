package dev.lodestar.notifications;

import java.time.Instant;

/**
 * A notification as admins follow its delivery: to whom, what, how many attempts, the last error, and when it is
 * tried next (while PENDING) or was sent.
 */
public record Delivery(long id, NotificationKind kind, long recipientId, String recipientName, String period,
		Channel channel, Notification.State state, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
		Instant sentAt) {
}
