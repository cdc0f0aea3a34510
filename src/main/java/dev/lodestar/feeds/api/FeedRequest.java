package dev.lodestar.feeds.api;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import dev.lodestar.feeds.FeedMode;
import dev.lodestar.feeds.FeedSetting;
import dev.lodestar.platform.errors.InvalidInputException;

/**
 * A key result's feed as a client sends it; {@code every} is an ISO-8601 duration such as {@code PT1H}, and
 * {@code version} the one read (none for a new feed).
 */
record FeedRequest(FeedMode mode, String url, String jsonPointer, String every, Integer version) {

	FeedSetting toSetting() {
		return new FeedSetting(mode, url, jsonPointer, duration(), version);
	}

	private Duration duration() {
		if (every == null || every.isBlank()) {
			return null;
		}
		try {
			return Duration.parse(every.strip());
		}
		catch (DateTimeParseException notADuration) {
			throw InvalidInputException.of("every", "validation.feed-every-format");
		}
	}
}
