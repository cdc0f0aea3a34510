package dev.lodestar.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.platform.jdbc.SqlValues;
import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.TestHttpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How one delivery goes out against a real local receiver: its claim holds from when it is written however long the
 * run has gone on, and a receiver that answers ever so slowly cannot hold the sender past its deadline.
 */
class WebhookDeliveryIntegrationTests extends ApiIntegrationTest {

	@Autowired
	WebhookSender sender;

	@Autowired
	JdbcClient jdbc;

	private long register(Api.Session owner, TestHttpServer receiver, String path) {
		var registered = api.post("/api/v1/webhooks", owner, Map.of("url", receiver.url(path), "events",
				List.of("KEY_RESULT_CREATED")));
		assertThat(registered).hasStatus(201);
		return Api.<Number>read(registered, "$.webhook.id").longValue();
	}

	private void addKeyResult(Api.Session owner) {
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Ship it");
		api.newKeyResult(owner, objective, "INCREASE", 0, 10);
	}

	private Instant claimedUntil(long webhook) {
		return jdbc.sql("select claimed_until from webhook_delivery where webhook_id = ?")
			.param(webhook)
			.query((rs, row) -> SqlValues.instant(rs, "claimed_until"))
			.single();
	}

	@Test
	void aClaimHoldsFromWhenItIsWrittenNotFromWhenTheRunStarted() {
		var owner = api.newPerson("HookLongRun");
		try (var receiver = TestHttpServer.start()) {
			String path = "/hook/long-run-" + owner.personId();
			long webhook = register(owner, receiver, path);
			addKeyResult(owner);
			jdbc.sql("update webhook_delivery set next_attempt_at = ? where webhook_id = ?")
				.params(SqlValues.timestamp(Instant.now().minus(Duration.ofMinutes(10))), webhook)
				.update();
			AtomicReference<Instant> heldUntil = new AtomicReference<>();
			AtomicReference<Instant> postedAt = new AtomicReference<>();
			receiver.onRequest(request -> {
				postedAt.set(Instant.now());
				heldUntil.set(claimedUntil(webhook));
			});

			// a run that started five minutes ago, as a long batch of slow receivers would have
			sender.deliverDue(Instant.now().minus(Duration.ofMinutes(5)));

			assertThat(receiver.receivedAt(path)).hasSize(1);
			assertThat(heldUntil.get()).as("no other instance may take it while it is being posted")
				.isAfter(postedAt.get().plus(Duration.ofMinutes(1)));
		}
	}

	@Test
	void aReceiverThatTricklesItsAnswerIsCutOffAtTheDeadline() {
		var owner = api.newPerson("HookTrickle");
		try (var receiver = TestHttpServer.start()) {
			String path = "/hook/trickle-" + owner.personId();
			long webhook = register(owner, receiver, path);
			addKeyResult(owner);
			receiver.trickle(200);
			long start = System.nanoTime();

			sender.deliverDue(Instant.now().plusSeconds(1));

			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(WebhookSender.DEADLINE.plusSeconds(8));
			var log = api.get("/api/v1/webhooks/" + webhook + "/deliveries", owner);
			assertThat(Api.<List<String>>read(log, "$.items[*].state")).containsExactly("PENDING");
			assertThat(Api.<List<String>>read(log, "$.items[*].lastError").get(0)).contains("no complete answer within");
		}
	}
}
