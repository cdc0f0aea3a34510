package dev.lodestar.notifications.web;

import java.util.stream.Stream;

import dev.lodestar.notifications.ChatPlatform;
import dev.lodestar.notifications.ChatWebhook;
import dev.lodestar.notifications.ChatWebhookRevision;
import dev.lodestar.platform.errors.InvalidInputException;

/**
 * A chat webhook as the form sends it. The secret field starts empty and empty keeps the saved secret;
 * {@code clearSecret} removes it; {@code remove} removes the whole webhook.
 */
public record ChatWebhookForm(String platform, String url, String secret, Boolean clearSecret, String remove,
		Integer version) {

	static ChatWebhookForm of(ChatWebhook webhook) {
		return new ChatWebhookForm(webhook.platform() == null ? "" : webhook.platform().name(), webhook.url(), null, false,
				null, webhook.version());
	}

	ChatWebhookRevision toRevision() {
		if (remove != null) {
			return new ChatWebhookRevision(null, null, null, version);
		}
		String secretSent = Boolean.TRUE.equals(clearSecret) ? "" : secret == null || secret.isBlank() ? null : secret;
		return new ChatWebhookRevision(platformOf(platform), url, secretSent, version);
	}

	private static ChatPlatform platformOf(String text) {
		if (text == null || text.isBlank()) {
			throw InvalidInputException.of("platform", "validation.NotNull");
		}
		try {
			return ChatPlatform.valueOf(text.strip());
		}
		catch (IllegalArgumentException unknown) {
			throw InvalidInputException.of("platform", "validation.one-of",
					String.join(", ", Stream.of(ChatPlatform.values()).map(Enum::name).toList()));
		}
	}
}
