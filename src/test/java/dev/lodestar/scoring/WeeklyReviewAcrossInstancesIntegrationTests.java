package dev.lodestar.scoring;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.platform.live.LiveUpdates;
import dev.lodestar.support.TestDatabases;
import dev.lodestar.support.TwoInstancesIntegrationTest;

import static dev.lodestar.scoring.ReviewFixtures.wouldScore;
import static dev.lodestar.support.EventStream.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Lodestar on one database, as behind a load balancer: a change made through one is signalled to
 * the streams of both. On PostgreSQL the signal travels by {@code LISTEN/NOTIFY}; H2 is a single instance, where
 * the same test shows the signal staying in-process and never reaching the other instance's streams.
 */
class WeeklyReviewAcrossInstancesIntegrationTests extends TwoInstancesIntegrationTest {

	@Autowired
	ScoreManagement scoring;

	ReviewFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ReviewFixtures(api, scoring);
	}

	@Test
	void aChangeMadeThroughOneInstanceIsSignalledOnTheOtherOnPostgresqlAndStaysInProcessOnH2() throws Exception {
		var team = fixtures.team();
		long review = fixtures.open(team);
		String topic = WeeklyReview.topicOf(review);
		int secondPort = secondPort();
		LiveUpdates secondLive = secondLive();

		String events = "/api/v1/reviews/" + review + "/events";
		try (var here = follow(port, events, team.lead()); var there = follow(secondPort, events, team.owner())) {
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
