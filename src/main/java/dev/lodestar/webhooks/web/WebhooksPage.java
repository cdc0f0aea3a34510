package dev.lodestar.webhooks.web;

import java.util.List;

import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.webhooks.Webhook;
import dev.lodestar.webhooks.WebhookEvent;

/**
 * A person's webhooks (and for admins the organisation's), and the form that registers one.
 *
 * @param secret the secret of the webhook just registered, shown this once; absent otherwise
 * @param alreadyRegistered a repeated submit: the webhook was registered by the first, whose answer showed the secret
 */
public record WebhooksPage(Shell shell, List<Webhook> webhooks, WebhookForm form, FormErrors errors, String secret,
		boolean alreadyRegistered, String idempotencyKey) {

	public List<WebhookEvent> events() {
		return List.of(WebhookEvent.values());
	}

	public List<String> otherErrors() {
		return errors.otherThan(List.of("url", "events"));
	}
}
