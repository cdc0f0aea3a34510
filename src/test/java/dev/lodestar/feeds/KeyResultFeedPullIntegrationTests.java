package dev.lodestar.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled pull against a real HTTP server: a number is checked in, anything else is reported on the key result
 * and nothing is recorded — never a zero. The tests pull at a moment they choose instead of waiting for the timer.
 */
class KeyResultFeedPullIntegrationTests extends PageIntegrationTest {

	@Autowired
	FeedPull pull;

	@Autowired
	Clock clock;

	private final FeedServer server = FeedServer.get();

	private record Owned(Session owner, long keyResult) {
	}

	private Owned keyResult(String name, String kind, Number target) {
		var owner = api.newPerson(name);
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Signups grow");
		return new Owned(owner, api.newKeyResult(owner, objective, kind, kind.equals("PERCENTAGE") ? null : 0, target));
	}

	private Owned keyResult(String name) {
		return keyResult(name, "INCREASE", 1000);
	}

	private void pullFrom(Owned kr, String url, String pointer) {
		assertThat(api.put(feed(kr), kr.owner(), Map.of("mode", "PULL", "url", url, "jsonPointer", pointer, "every", "PT1H")))
			.hasStatusOk();
	}

	private static String feed(Owned kr) {
		return "/api/v1/key-results/" + kr.keyResult() + "/feed";
	}

	private static String checkIns(Owned kr) {
		return "/api/v1/key-results/" + kr.keyResult() + "/check-ins";
	}

	private Instant pullNow() {
		Instant now = clock.instant().plusSeconds(1);
		pull.pullDue(now);
		return now;
	}

	private String lastOutcome(Owned kr) {
		return Api.read(api.get(feed(kr), kr.owner()), "$.lastPull.outcome");
	}

	private String shownOutcome(Owned kr) {
		var fragment = pages.get("/key-results/" + kr.keyResult() + "/feed", kr.owner());
		assertThat(fragment).hasStatusOk();
		return Pages.html(fragment).select(".feed-outcome").text();
	}

	@Test
	void oneScheduledPullRecordsAGoodValueAndReportsAMalformedAndAMissingOne() {
		var good = keyResult("Good");
		var malformed = keyResult("Malformed");
		var missing = keyResult("Missing");
		String stem = "/" + Api.unique("status");
		pullFrom(good, server.serve(stem + "/good", "{\"data\": {\"count\": 420}}"), "/data/count");
		pullFrom(malformed, server.serve(stem + "/malformed", "{\"data\": {\"count\": \"lots\"}}"), "/data/count");
		pullFrom(missing, server.serve(stem + "/missing", "{\"data\": {\"total\": 12}}"), "/data/count");

		pullNow();

		assertThat(api.get(checkIns(good), good.owner())).bodyJson().extractingPath("$.items[*].value").asArray().containsExactly(420);
		assertThat(api.get(checkIns(good), good.owner())).bodyJson().extractingPath("$.items[0].source").isEqualTo("PULL");
		assertThat(lastOutcome(good)).isEqualTo("RECORDED");
		assertThat(api.get(checkIns(malformed), malformed.owner())).bodyJson().extractingPath("$.totalItems").isEqualTo(0);
		assertThat(lastOutcome(malformed)).isEqualTo("MALFORMED");
		assertThat(api.get(checkIns(missing), missing.owner())).bodyJson().extractingPath("$.totalItems").isEqualTo(0);
		assertThat(lastOutcome(missing)).isEqualTo("MISSING");
		assertThat(api.get("/api/v1/key-results/" + missing.keyResult(), missing.owner())).bodyJson()
			.extractingPath("$.lastCheckIn").isNull();
	}

	@Test
	void keepsTheLastConfidenceAndChecksInOnlyWhenTheValueMoves() {
		var kr = keyResult("Steady");
		assertThat(api.post(checkIns(kr), kr.owner(), Map.of("value", 100, "confidence", 7))).hasStatus(201);
		String path = "/" + Api.unique("steady");
		pullFrom(kr, server.serve(path, "{\"signups\": \"250.5\"}"), "/signups");

		Instant first = pullNow();
		pull.pullDue(first.plus(Duration.ofMinutes(61)));

		var history = api.get(checkIns(kr), kr.owner());
		assertThat(history).bodyJson().extractingPath("$.items[*].value").asArray().containsExactly(250.5, 100);
		assertThat(history).bodyJson().extractingPath("$.items[0].confidence").isEqualTo(7);
		assertThat(history).bodyJson().extractingPath("$.items[*].source").asArray().containsExactly("PULL", "API");
		assertThat(server.readsOf(path)).isEqualTo(2);
		assertThat(lastOutcome(kr)).isEqualTo("UNCHANGED");
		assertThat(shownOutcome(kr)).contains("250.5", "unchanged");
	}

	@Test
	void pullsNothingBeforeItIsDue() {
		var kr = keyResult("Patient");
		String path = "/" + Api.unique("patient");
		pullFrom(kr, server.serve(path, "{\"n\": 1}"), "/n");

		Instant first = pullNow();
		pull.pullDue(first.plus(Duration.ofMinutes(30)));

		assertThat(server.readsOf(path)).isEqualTo(1);
	}

	@Test
	void reportsAMalformedValueOnTheKeyResultInEnglishAndChinese() {
		var kr = keyResult("Reported");
		pullFrom(kr, server.serve("/" + Api.unique("bad"), "{\"data\": {\"count\": true}}"), "/data/count");

		pullNow();

		assertThat(shownOutcome(kr)).startsWith("Value could not be read: the field /data/count holds true, which is not a number")
			.endsWith("Nothing was recorded.");
		speaksChinese(kr.owner());
		assertThat(shownOutcome(kr)).startsWith("无法读取数值：字段 /data/count 的内容是 true，不是数字");
		var badge = Pages.html(pages.get("/key-results/" + kr.keyResult() + "/feed", kr.owner()));
		assertThat(badge.select(".badge.integration").text()).isEqualTo("由集成更新");
		assertThat(api.get(checkIns(kr), kr.owner())).bodyJson().extractingPath("$.totalItems").isEqualTo(0);
	}

	@Test
	void reportsAMissingValueOnTheKeyResultAndTakesNullForMissing() {
		var kr = keyResult("Nulls");
		pullFrom(kr, server.serve("/" + Api.unique("null"), "{\"data\": {\"count\": null}}"), "/data/count");

		pullNow();

		assertThat(shownOutcome(kr)).startsWith("Value could not be read: the field /data/count is missing (");
		assertThat(api.get(checkIns(kr), kr.owner())).bodyJson().extractingPath("$.totalItems").isEqualTo(0);
	}

	@Test
	void reportsAnAddressThatCannotBeReachedOrAnswersBadly() {
		var closed = keyResult("Closed");
		var failing = keyResult("Failing");
		var html = keyResult("Html");
		pullFrom(closed, "http://127.0.0.1:" + closedPort() + "/status", "/n");
		pullFrom(failing, server.serve("/" + Api.unique("failing"), 503, "{\"n\": 4}"), "/n");
		pullFrom(html, server.serve("/" + Api.unique("html"), 200, "<html>maintenance</html>"), "/n");

		pullNow();

		assertThat(lastOutcome(closed)).isEqualTo("UNREACHABLE");
		assertThat(lastOutcome(failing)).isEqualTo("HTTP_ERROR");
		assertThat(shownOutcome(failing)).contains("status 503");
		assertThat(lastOutcome(html)).isEqualTo("NOT_JSON");
		for (var kr : new Owned[] { closed, failing, html }) {
			assertThat(api.get(checkIns(kr), kr.owner())).bodyJson().extractingPath("$.totalItems").isEqualTo(0);
		}
	}

	@Test
	void reportsANumberTheCheckInRulesRefuse() {
		var share = keyResult("Share", "PERCENTAGE", 50);
		pullFrom(share, server.serve("/" + Api.unique("share"), "{\"share\": 140}"), "/share");

		pullNow();

		assertThat(lastOutcome(share)).isEqualTo("REFUSED");
		assertThat(shownOutcome(share)).startsWith("The value 140 was read (").endsWith("but not checked in: Invalid input.");
		assertThat(api.get(checkIns(share), share.owner())).bodyJson().extractingPath("$.totalItems").isEqualTo(0);
	}

	private static int closedPort() {
		try (var socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (java.io.IOException none) {
			throw new IllegalStateException(none);
		}
	}
}
