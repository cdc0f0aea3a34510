package dev.lodestar.webhooks;

import java.time.Instant;
import java.util.Set;

/**
 * Where events are posted. {@code ownerPersonId} null: the organisation's (admins manage it), else that person's own.
 * The secret is never shown again after registering.
 */
public record Webhook(long id, Long ownerPersonId, String url, Set<WebhookEvent> events, boolean active, int version,
		Instant createdAt) {

	public Webhook {
		events = Set.copyOf(events);
	}

	public boolean organisations() {
		return ownerPersonId == null;
	}
}
