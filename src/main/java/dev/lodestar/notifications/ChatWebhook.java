package dev.lodestar.notifications;

/**
 * Where the chat messages of the organisation or of a team are posted. The secret is never shown again once saved;
 * {@code signed} says whether there is one. {@code version} 0 and no platform: none is set.
 */
public record ChatWebhook(ChatPlatform platform, String url, boolean signed, int version) {

	static ChatWebhook none() {
		return new ChatWebhook(null, null, false, 0);
	}
}
