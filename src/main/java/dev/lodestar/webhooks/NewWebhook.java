package dev.lodestar.webhooks;

import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * Registers a webhook: where to post and which events. {@code organisation} true (admins only) registers the
 * organisation's, which hears about every public objective but never about scores; otherwise it is the caller's own.
 */
public record NewWebhook(@Size(max = 500) String url, @NotEmpty Set<WebhookEvent> events, Boolean organisation) {
}
