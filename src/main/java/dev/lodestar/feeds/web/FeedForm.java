package dev.lodestar.feeds.web;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import dev.lodestar.feeds.FeedMode;
import dev.lodestar.feeds.FeedSetting;
import dev.lodestar.feeds.KeyResultFeed;
import dev.lodestar.platform.errors.InvalidInputException;

/** A key result's feed as its form sends it: {@code every} is one of the offered ISO-8601 durations. */
public record FeedForm(String mode, String url, String jsonPointer, String every, Integer version) {

	/** What a new feed's form starts with: a pull, hourly. */
	static final FeedForm NEW = new FeedForm(FeedMode.PULL.name(), "", "", "PT1H", null);

	static FeedForm of(KeyResultFeed feed) {
		return new FeedForm(feed.mode().name(), feed.url() == null ? "" : feed.url(),
				feed.jsonPointer() == null ? "" : feed.jsonPointer(), feed.every() == null ? "PT1H" : feed.every().toString(),
				feed.version());
	}

	public boolean pulls() {
		return !FeedMode.PUSH.name().equals(mode);
	}

	FeedSetting toSetting() {
		FeedMode chosen;
		try {
			chosen = FeedMode.valueOf(mode);
		}
		catch (IllegalArgumentException | NullPointerException noSuchMode) {
			throw InvalidInputException.of("mode", "validation.NotNull");
		}
		return new FeedSetting(chosen, url, jsonPointer, chosen == FeedMode.PULL ? duration() : null, version);
	}

	private Duration duration() {
		try {
			return every == null || every.isBlank() ? null : Duration.parse(every);
		}
		catch (DateTimeParseException notOffered) {
			throw InvalidInputException.of("every", "validation.feed-every-format");
		}
	}
}
