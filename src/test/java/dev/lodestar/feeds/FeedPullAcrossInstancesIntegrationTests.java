package dev.lodestar.feeds;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.support.Api;
import dev.lodestar.support.TwoInstancesIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances on one database, their timers firing at the same moment: each due feed is read and checked in once. */
class FeedPullAcrossInstancesIntegrationTests extends TwoInstancesIntegrationTest {

	@Autowired
	FeedPull pull;

	@Autowired
	Clock clock;

	@Test
	void twoInstancesPullingAtOnceReadEachFeedOnce() throws Exception {
		var server = FeedServer.get();
		var owner = api.newPerson("Twice");
		long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Twice as many users");
		List<Long> keyResults = List.of(api.newKeyResult(owner, objective, "INCREASE", 0, 100),
				api.newKeyResult(owner, objective, "INCREASE", 0, 100), api.newKeyResult(owner, objective, "INCREASE", 0, 100));
		String stem = "/" + Api.unique("twice");
		for (long keyResult : keyResults) {
			assertThat(api.put("/api/v1/key-results/" + keyResult + "/feed", owner, Map.of("mode", "PULL", "url",
					server.serve(stem + "/" + keyResult, "{\"users\": " + keyResult % 90 + "}"), "jsonPointer", "/users",
					"every", "PT1H"))).hasStatusOk();
		}
		FeedPull otherPull = secondBean(FeedPull.class);
		Instant now = clock.instant().plusSeconds(1);

		both(() -> pull.pullDue(now), () -> otherPull.pullDue(now));

		for (long keyResult : keyResults) {
			assertThat(server.readsOf(stem + "/" + keyResult)).as("reads of " + keyResult).isEqualTo(1);
			assertThat(api.get("/api/v1/key-results/" + keyResult + "/check-ins", owner)).bodyJson()
				.extractingPath("$.totalItems").isEqualTo(1);
		}
	}

	private static void both(java.util.concurrent.Callable<Integer> first, java.util.concurrent.Callable<Integer> second)
			throws Exception {
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			var start = new CountDownLatch(1);
			Future<Integer> a = two.submit(() -> {
				start.await();
				return first.call();
			});
			Future<Integer> b = two.submit(() -> {
				start.await();
				return second.call();
			});
			start.countDown();
			a.get();
			b.get();
		}
		finally {
			two.shutdown();
		}
	}
}
