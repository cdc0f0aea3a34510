package dev.lodestar.webhooks;

import java.time.Instant;

/**
 * One event posted (or to be posted) to one webhook, as its log shows it: the answer's status, the last error, and
 * when it is tried next (while PENDING) or was delivered.
 */
public record WebhookDelivery(long id, long webhookId, String eventId, WebhookEvent event, State state, int attempts,
		Integer responseStatus, String lastError, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt) {

	public enum State {
		PENDING, DELIVERED, FAILED
	}
}
