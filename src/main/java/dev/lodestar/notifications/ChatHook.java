package dev.lodestar.notifications;

/**
 * A chat webhook as stored, secret included, for sending only. {@code scopeId} is 0 for the organisation's, else the
 * team's id.
 */
record ChatHook(long scopeId, ChatPlatform platform, String url, String secret, int version) {

	static final long ORGANISATION = 0;

	ChatWebhook shown() {
		return new ChatWebhook(platform, url, secret != null, version);
	}
}
