package dev.lodestar.alignment;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contribution requests that have waited a given time. The application reads the system clock and a test cannot
 * wait a week, so a request is asked through the API and then aged through its own repository: only
 * {@code waitingSince} moves back, as if the team with the turn had had it that long.
 */
final class AgedRequests {

	private final ContributionRequestRepository requests;

	AgedRequests(ContributionRequestRepository requests) {
		this.requests = requests;
	}

	long ask(Api api, Session as, long keyResult, long askedTeam, String title, Duration waited) {
		var asked = api.post("/api/v1/contribution-requests", as, Map.of("servesKeyResultId", keyResult, "askedTeamId",
				askedTeam, "proposal", Map.of("type", "OBJECTIVE", "title", title)));
		assertThat(asked).hasStatus(201);
		long id = Api.id(asked);
		ContributionRequest request = requests.find(id, false).orElseThrow();
		assertThat(requests.update(id, request.version(), request.state(), request.proposal(), Instant.now().minus(waited),
				null, null, request.updatedAt())).isTrue();
		return id;
	}
}
