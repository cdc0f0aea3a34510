package dev.lodestar.cocreation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;


import dev.lodestar.platform.live.LiveUpdates;
import dev.lodestar.support.Api;
import dev.lodestar.support.TestDatabases;
import dev.lodestar.support.TwoInstancesIntegrationTest;

import static dev.lodestar.cocreation.CoCreationFixtures.uri;
import static dev.lodestar.support.EventStream.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Lodestar on one database serve one session: a proposal made through one reaches the streams of
 * both within a second on PostgreSQL ({@code LISTEN/NOTIFY}), and either instance's board shows it. H2 is a single
 * instance: the same test shows the signal staying in-process there.
 */
class CoCreationAcrossInstancesIntegrationTests extends TwoInstancesIntegrationTest {

	@Test
	void aProposalMadeThroughOneInstanceReachesTheOtherWithinASecondOnPostgresqlAndStaysInProcessOnH2() throws Exception {
		var fixtures = new CoCreationFixtures(api);
		var room = fixtures.room();
		long session = fixtures.open(room);
		String topic = CoCreationSession.topicOf(session);
		int secondPort = secondPort();
		LiveUpdates secondLive = secondLive();

		try (var here = follow(port, uri(session) + "/events", room.lead());
				var there = follow(secondPort, uri(session) + "/events", room.member())) {
			assertThat(here.response().statusCode()).isEqualTo(200);
			assertThat(there.response().statusCode()).isEqualTo(200);
			waitUntil(() -> live.subscribers(topic) == 1 && secondLive.subscribers(topic) == 1);

			var proposed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + secondPort + uri(session) + "/items"))
				.header("Authorization", "Bearer " + room.member().token())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"OBJECTIVE\",\"text\":\"Said in the other room\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(proposed.statusCode()).isEqualTo(201);

			assertThat(there.nextEvent()).isEqualTo(CoCreationManagement.CHANGED);
			if (TestDatabases.onPostgres()) {
				assertThat(here.nextEvent(Duration.ofSeconds(1))).as("within a second, on the other instance")
					.isEqualTo(CoCreationManagement.CHANGED);
				assertThat(here.nextEvent(Duration.ofSeconds(1))).as("heard once, not twice").isNull();
				assertThat(here.everything()).doesNotContain("Said in the other room");
			}
			else {
				assertThat(here.nextEvent(Duration.ofSeconds(2))).isNull();
			}
			assertThat(Api.body(api.get(uri(session), room.lead()))).contains("Said in the other room");
		}
	}
}
