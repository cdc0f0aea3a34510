package dev.lodestar.feeds;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.platform.jdbc.SqlValues;
import dev.lodestar.platform.outbound.OutboundHttp;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.TestHttpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pull against a real local server: its claim holds from when it is written however long the run has gone on, and an
 * answer that trickles in is given up at the read's deadline.
 */
class FeedPullClaimIntegrationTests extends ApiIntegrationTest {

	@Autowired
	FeedPull pull;

	@Autowired
	OutboundHttp http;

	@Autowired
	JdbcClient jdbc;

	private Instant claimedUntil(long keyResult) {
		return jdbc.sql("select claimed_until from key_result_feed where key_result_id = ?")
			.param(keyResult)
			.query((rs, row) -> SqlValues.instant(rs, "claimed_until"))
			.single();
	}

	@Test
	void aClaimHoldsFromWhenItIsWrittenNotFromWhenTheRunStarted() {
		var owner = api.newPerson("FeedLongRun");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Users grow");
		long keyResult = api.newKeyResult(owner, objective, "INCREASE", 0, 1000);
		try (var source = TestHttpServer.start()) {
			source.answer(200, "{\"users\": 42}");
			assertThat(api.put("/api/v1/key-results/" + keyResult + "/feed", owner, Map.of("mode", "PULL", "url",
					source.url("/status"), "jsonPointer", "/users", "every", "PT1H"))).hasStatusOk();
			jdbc.sql("update key_result_feed set next_pull_at = ? where key_result_id = ?")
				.params(SqlValues.timestamp(Instant.now().minus(Duration.ofMinutes(10))), keyResult)
				.update();
			AtomicReference<Instant> heldUntil = new AtomicReference<>();
			AtomicReference<Instant> readAt = new AtomicReference<>();
			source.onRequest(request -> {
				readAt.set(Instant.now());
				heldUntil.set(claimedUntil(keyResult));
			});

			// a run that started five minutes ago, as a long batch of slow feeds would have
			pull.pullDue(Instant.now().minus(Duration.ofMinutes(5)));

			assertThat(source.receivedAt("/status")).hasSize(1);
			assertThat(heldUntil.get()).as("no other instance may take it while it is being read")
				.isAfter(readAt.get().plus(Duration.ofMinutes(1)));
			assertThat(api.get("/api/v1/key-results/" + keyResult + "/check-ins", owner)).bodyJson()
				.extractingPath("$.totalItems").isEqualTo(1);
		}
	}

	@Test
	void anAnswerThatTricklesInIsGivenUpAtTheDeadline() {
		try (var source = TestHttpServer.start()) {
			source.trickle(200);
			var reader = new FeedReader(json, http, Duration.ofSeconds(1));
			long start = System.nanoTime();

			FeedReading reading = reader.read(source.url("/slow"), "/users");

			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			assertThat(reading.failure()).isEqualTo(FeedOutcome.UNREACHABLE);
			assertThat(reading.detail()).contains("no complete answer within PT1S");
		}
	}
}
