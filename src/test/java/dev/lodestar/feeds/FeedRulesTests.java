package dev.lodestar.feeds;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FeedRulesTests {

	private static FeedSetting pull(String url, String pointer, Duration every) {
		return new FeedSetting(FeedMode.PULL, url, pointer, every, null);
	}

	private static Object[] fieldsRefused(FeedSetting setting, KeyResultKind kind) {
		var refused = catchThrowableOfType(InvalidInputException.class, () -> FeedRules.check(setting, kind));
		return refused.violations().stream().map(FieldViolation::field).toArray();
	}

	@Test
	void takesAWebAddressAPointerAndAPaceBetweenFiveMinutesAndAWeek() {
		assertThatCode(() -> FeedRules.check(pull("https://status.example.com/api?x=1", "/data/0/count", Duration.ofMinutes(5)),
				KeyResultKind.INCREASE)).doesNotThrowAnyException();
		assertThatCode(() -> FeedRules.check(pull("http://10.0.0.7:8080/n", "", Duration.ofDays(7)), KeyResultKind.PERCENTAGE))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesAddressesThatAreNotOnTheWeb() {
		for (String url : new String[] { "file:///etc/passwd", "ftp://files.example.com/n.json", "jar:file:/x!/y",
				"https:///no-host", "status.example.com/n", "", " " }) {
			assertThat(fieldsRefused(pull(url, "/n", Duration.ofHours(1)), KeyResultKind.INCREASE)).as(url).containsExactly("url");
		}
	}

	@Test
	void refusesAPointerWithoutItsLeadingSlash() {
		assertThat(fieldsRefused(pull("https://x.example.com/", "data/count", Duration.ofHours(1)), KeyResultKind.INCREASE))
			.containsExactly("jsonPointer");
		assertThat(fieldsRefused(pull("https://x.example.com/", null, Duration.ofHours(1)), KeyResultKind.INCREASE))
			.containsExactly("jsonPointer");
	}

	@Test
	void refusesAPaceTooQuickOrTooSlowOrNone() {
		for (Duration every : new Duration[] { Duration.ofMinutes(4), Duration.ofDays(8), null }) {
			assertThat(fieldsRefused(pull("https://x.example.com/", "/n", every), KeyResultKind.DECREASE)).as(String.valueOf(every))
				.containsExactly("every");
		}
	}

	@Test
	void refusesToPullAMilestoneButLetsOneBePushed() {
		assertThat(fieldsRefused(pull("https://ci.example.com/", "/done", Duration.ofHours(1)), KeyResultKind.MILESTONE))
			.containsExactly("mode");
		assertThatCode(() -> FeedRules.check(new FeedSetting(FeedMode.PUSH, null, null, null, null), KeyResultKind.MILESTONE))
			.doesNotThrowAnyException();
	}
}
