package dev.lodestar.webhooks.web;

import java.util.Map;

import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageLinks;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.webhooks.Webhook;
import dev.lodestar.webhooks.WebhookDelivery;

/**
 * One webhook and its delivery log, newest first, a failed delivery with a way to try again.
 *
 * @param notice a message key saying what just happened; absent otherwise
 */
public record WebhookPage(Shell shell, Webhook webhook, Page<WebhookDelivery> deliveries, String notice) {

	public PageLinks links() {
		String path = "/settings/webhooks/" + webhook.id();
		return PageLinks.of(deliveries, path, path, Map.of());
	}
}
