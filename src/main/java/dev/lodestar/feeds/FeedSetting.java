package dev.lodestar.feeds;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Marks a key result as updated by an integration, or changes how. A PULL feed needs a {@code url} (http or https),
 * a {@code jsonPointer} (RFC 6901; empty for the whole answer) and how often to pull; a PUSH feed needs none of them.
 * {@code version} is null for a new feed, else the version read.
 */
public record FeedSetting(@NotNull FeedMode mode, @Size(max = 2000) String url, @Size(max = 500) String jsonPointer,
		Duration every, Integer version) {
}
