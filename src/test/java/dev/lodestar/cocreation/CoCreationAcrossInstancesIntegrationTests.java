package dev.lodestar.cocreation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

import static dev.lodestar.cocreation.CoCreationFixtures.uri;
import static dev.lodestar.support.EventStream.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Lodestar on one database serve one session: a proposal made through one reaches the streams of
 * both within a second on PostgreSQL ({@code LISTEN/NOTIFY}), and either instance's board shows it. H2 is a single
 * instance: the same test shows the signal staying in-process there.
 */
class CoCreationAcrossInstancesIntegrationTests extends HttpIntegrationTest {

	private static ConfigurableApplicationContext second;

	@Autowired
	LiveUpdates live;

	@Autowired
	Environment environment;

	@BeforeEach
	void aSecondInstance() {
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

	private EventStream follow(int instancePort, long session, Api.Session as) throws Exception {
		return EventStream.follow(http, URI.create("http://localhost:" + instancePort + uri(session) + "/events"), as);
	}

	@Test
	void aProposalMadeThroughOneInstanceReachesTheOtherWithinASecondOnPostgresqlAndStaysInProcessOnH2() throws Exception {
		var fixtures = new CoCreationFixtures(api);
		var room = fixtures.room();
		long session = fixtures.open(room);
		String topic = CoCreationSession.topicOf(session);
		int secondPort = SecondInstance.portOf(second);
		LiveUpdates secondLive = second.getBean(LiveUpdates.class);

		try (var here = follow(port, session, room.lead()); var there = follow(secondPort, session, room.member())) {
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
