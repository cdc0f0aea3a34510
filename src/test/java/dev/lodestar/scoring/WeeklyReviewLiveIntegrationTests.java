package dev.lodestar.scoring;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.platform.live.LiveUpdates;
import dev.lodestar.support.Api;
import dev.lodestar.support.EventStream;
import dev.lodestar.support.HttpIntegrationTest;

import static dev.lodestar.scoring.ReviewFixtures.wouldScore;
import static dev.lodestar.support.EventStream.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The review's event stream over real HTTP: it says that something changed, never what. */
class WeeklyReviewLiveIntegrationTests extends HttpIntegrationTest {

	private static final String SECRET = "Marmalade-heron confession";

	@Autowired
	ScoreManagement scoring;

	@Autowired
	LiveUpdates live;

	ReviewFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ReviewFixtures(api, scoring);
	}

	private EventStream follow(long review, Api.Session as) throws Exception {
		return EventStream.follow(http, URI.create("http://localhost:" + port + "/api/v1/reviews/" + review + "/events"), as);
	}

	@Test
	void theStreamSignalsFeedbackAndTheRevealButNeverCarriesTheFeedback() throws Exception {
		var team = fixtures.team();
		long review = fixtures.open(team);
		String topic = WeeklyReview.topicOf(review);

		try (var lead = follow(review, team.lead()); var owner = follow(review, team.owner())) {
			assertThat(lead.response().statusCode()).isEqualTo(200);
			assertThat(lead.response().headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
			waitUntil(() -> live.subscribers(topic) == 2);

			assertThat(api.put("/api/v1/reviews/" + review + "/feedback/" + team.keyResultId(), team.teammate(),
					wouldScore("0.5", SECRET, 0))).hasStatusOk();

			assertThat(lead.nextEvent()).isEqualTo(ReviewManagement.CHANGED);
			assertThat(owner.nextEvent()).isEqualTo(ReviewManagement.CHANGED);
			assertThat(api.post("/api/v1/reviews/" + review + "/reveal", team.lead(), Map.of("version", 1))).hasStatusOk();
			assertThat(owner.nextEvent()).isEqualTo(ReviewManagement.CHANGED);
			fixtures.score(team.owner(), team.keyResultId(), "0.6", 1);
			assertThat(owner.nextEvent()).isEqualTo(ReviewManagement.CHANGED);

			for (var stream : java.util.List.of(lead, owner)) {
				assertThat(stream.everything().toString()).doesNotContain(SECRET).doesNotContain("0.5").doesNotContain("0.6")
					.contains("event:review-changed");
			}
		}
		// a client that went away is noticed at the next write to it (a signal or the heartbeat), and forgotten
		waitUntil(() -> {
			live.signal(topic, "still-there");
			return live.subscribers(topic) == 0;
		});
	}

	@Test
	void aRefusedChangeSignalsNothing() throws Exception {
		var team = fixtures.team();
		long review = fixtures.open(team);

		try (var lead = follow(review, team.lead())) {
			waitUntil(() -> live.subscribers(WeeklyReview.topicOf(review)) == 1);
			assertThat(api.put("/api/v1/reviews/" + review + "/feedback/" + team.keyResultId(), team.owner(),
					wouldScore("0.5", SECRET, 0))).hasStatus(409);
			assertThat(api.post("/api/v1/reviews/" + review + "/reveal", team.lead(), Map.of("version", 9))).hasStatus(409);

			assertThat(lead.nextEvent(Duration.ofSeconds(2))).isNull();
		}
	}

	@Test
	void onlyTheTeamFollowsTheStream() {
		var team = fixtures.team();
		long review = fixtures.open(team);

		var refused = send(request("/api/v1/reviews/" + review + "/events", team.outsider()).header("Accept", "text/event-stream")
			.GET().build());

		assertThat(refused.statusCode()).isEqualTo(404);
		assertThat(refused.body()).doesNotContain("event:");
	}
}
