package dev.lodestar.scoring;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import dev.lodestar.platform.live.LiveUpdates;
import dev.lodestar.support.Api;
import dev.lodestar.support.EventStream;
import dev.lodestar.support.HttpIntegrationTest;
import dev.lodestar.support.SecondInstance;
import dev.lodestar.support.TestDatabases;

import static dev.lodestar.scoring.ReviewFixtures.wouldScore;
import static dev.lodestar.support.EventStream.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Lodestar on one database, as behind a load balancer: a change made through one is signalled to
 * the streams of both. On PostgreSQL the signal travels by {@code LISTEN/NOTIFY}; H2 is a single instance, where
 * the same test shows the signal staying in-process and never reaching the other instance's streams.
 */
class WeeklyReviewAcrossInstancesIntegrationTests extends HttpIntegrationTest {

	private static ConfigurableApplicationContext second;

	@Autowired
	ScoreManagement scoring;

	@Autowired
	LiveUpdates live;

	@Autowired
	Environment environment;

	ReviewFixtures fixtures;

	@BeforeEach
	void fixturesAndASecondInstance() {
		fixtures = new ReviewFixtures(api, scoring);
		if (second == null) {
			second = SecondInstance.start(environment);
		}
	}

	@AfterAll
	static void stopTheSecondInstance() {
		if (second != null) {
			second.close();
			second = null;
		}
	}

	private EventStream follow(int instancePort, long review, Api.Session as) throws Exception {
		return EventStream.follow(http,
				URI.create("http://localhost:" + instancePort + "/api/v1/reviews/" + review + "/events"), as);
	}

	@Test
	void aChangeMadeThroughOneInstanceIsSignalledOnTheOtherOnPostgresqlAndStaysInProcessOnH2() throws Exception {
		var team = fixtures.team();
		long review = fixtures.open(team);
		String topic = WeeklyReview.topicOf(review);
		int secondPort = SecondInstance.portOf(second);
		LiveUpdates secondLive = second.getBean(LiveUpdates.class);

		try (var here = follow(port, review, team.lead()); var there = follow(secondPort, review, team.owner())) {
			assertThat(here.response().statusCode()).isEqualTo(200);
			assertThat(there.response().statusCode()).isEqualTo(200);
			waitUntil(() -> live.subscribers(topic) == 1 && secondLive.subscribers(topic) == 1);

			assertThat(api.put("/api/v1/reviews/" + review + "/feedback/" + team.keyResultId(), team.teammate(),
					wouldScore("0.5", "Across the room", 0))).hasStatusOk();

			assertThat(here.nextEvent()).isEqualTo(ReviewManagement.CHANGED);
			if (TestDatabases.onPostgres()) {
				assertThat(there.nextEvent()).isEqualTo(ReviewManagement.CHANGED);
				assertThat(here.nextEvent(Duration.ofSeconds(1))).as("heard once, not twice").isNull();
				assertThat(there.everything()).doesNotContain("Across the room");
			}
			else {
				assertThat(there.nextEvent(Duration.ofSeconds(2))).isNull();
			}
		}
	}
}
