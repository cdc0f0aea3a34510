package dev.lodestar.feeds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JsonPointer;

import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.outbound.OutboundAddresses;

/** What a feed's setting must hold, checked before anything is stored. */
final class FeedRules {

	/** More often would load the other system for a number that moves daily at most; and our timer ticks each minute. */
	static final Duration MIN_EVERY = Duration.ofMinutes(5);

	/** Less often than weekly misses a week's check-in. */
	static final Duration MAX_EVERY = Duration.ofDays(7);

	private FeedRules() {
	}

	static void check(FeedSetting setting, KeyResultKind kind) {
		List<FieldViolation> violations = new ArrayList<>();
		if (setting.mode() == FeedMode.PULL) {
			if (kind == KeyResultKind.MILESTONE) {
				violations.add(new FieldViolation("mode", "validation.feed-milestone"));
			}
			if (!isWebAddress(setting.url())) {
				violations.add(new FieldViolation("url", "validation.feed-url"));
			}
			if (!isPointer(setting.jsonPointer())) {
				violations.add(new FieldViolation("jsonPointer", "validation.feed-pointer"));
			}
			if (setting.every() == null || setting.every().compareTo(MIN_EVERY) < 0 || setting.every().compareTo(MAX_EVERY) > 0) {
				violations.add(new FieldViolation("every", "validation.feed-every", MIN_EVERY.toMinutes(), MAX_EVERY.toDays()));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	static boolean isWebAddress(String url) {
		return OutboundAddresses.isWebAddress(url);
	}

	static boolean isPointer(String pointer) {
		if (pointer == null) {
			return false;
		}
		try {
			JsonPointer.compile(pointer.strip());
			return true;
		}
		catch (IllegalArgumentException notAPointer) {
			return false;
		}
	}
}
