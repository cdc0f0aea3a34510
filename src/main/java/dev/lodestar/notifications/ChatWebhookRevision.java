package dev.lodestar.notifications;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Sets, changes or (with no platform) removes a chat webhook. {@code secret}: null keeps the one saved, blank removes
 * it, anything else replaces it. {@code version} is the one the caller read.
 */
public record ChatWebhookRevision(ChatPlatform platform, @Size(max = 500) String url, @Size(max = 200) String secret,
		@NotNull Integer version) {
}
