package dev.lodestar.platform;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The API contract, pinned: a path or method that appears or disappears has to show up here on purpose. */
class OpenApiIntegrationTests extends ApiIntegrationTest {

	@Test
	void describesEveryEndpointOfTheApi() {
		var docs = api.get("/v3/api-docs", null);

		assertThat(docs).hasStatusOk();
		Map<String, Map<String, Object>> paths = Api.read(docs, "$.paths");
		Map<String, TreeSet<String>> methods = new TreeMap<>();
		paths.forEach((path, operations) -> methods.put(path, new TreeSet<>(operations.keySet())));
		assertThat(methods).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
				Map.entry("/api/v1/tokens", set("get", "post")),
				Map.entry("/api/v1/tokens/{id}", set("delete")),
				Map.entry("/api/v1/me/score-views", set("get")),
				Map.entry("/api/v1/people", set("get", "post")),
				Map.entry("/api/v1/people/me", set("get")),
				Map.entry("/api/v1/people/{id}", set("get", "put")),
				Map.entry("/api/v1/teams", set("get", "post")),
				Map.entry("/api/v1/teams/{id}", set("get", "put")),
				Map.entry("/api/v1/cycles", set("get", "post")),
				Map.entry("/api/v1/cycles/{id}", set("get", "put")),
				Map.entry("/api/v1/cycles/{cycleId}/overview", set("get")),
				Map.entry("/api/v1/cycles/{cycleId}/alignment-map", set("get")),
				Map.entry("/api/v1/objectives", set("get", "post")),
				Map.entry("/api/v1/objectives/{id}", set("delete", "get", "put")),
				Map.entry("/api/v1/objectives/{id}/history", set("get")),
				Map.entry("/api/v1/objectives/{objectiveId}/comments", set("get", "post")),
				Map.entry("/api/v1/objectives/{objectiveId}/comments/{id}", set("get")),
				Map.entry("/api/v1/objectives/{objectiveId}/key-results", set("post")),
				Map.entry("/api/v1/key-results/{id}", set("delete", "get", "put")),
				Map.entry("/api/v1/key-results/{keyResultId}/check-ins", set("get", "post")),
				Map.entry("/api/v1/key-results/{keyResultId}/check-ins/{id}", set("get")),
				Map.entry("/api/v1/key-results/{keyResultId}/feed", set("delete", "get", "put")),
				Map.entry("/api/v1/history", set("get")),
				Map.entry("/api/v1/policy/caps", set("get", "put")),
				Map.entry("/api/v1/policy/check-ins", set("get", "put")),
				Map.entry("/api/v1/policy/notifications", set("get", "put")),
				Map.entry("/api/v1/policy/chat-webhook", set("get", "put")),
				Map.entry("/api/v1/pulses", set("get", "post")),
				Map.entry("/api/v1/pulses/current", set("get")),
				Map.entry("/api/v1/pulses/{id}", set("get")),
				Map.entry("/api/v1/pulses/{id}/close", set("post")),
				Map.entry("/api/v1/pulses/{id}/answers", set("post")),
				Map.entry("/api/v1/pulse/results", set("get")),
				Map.entry("/api/v1/webhooks", set("get", "post")),
				Map.entry("/api/v1/webhooks/{id}", set("get", "put", "delete")),
				Map.entry("/api/v1/webhooks/{id}/deliveries", set("get")),
				Map.entry("/api/v1/webhooks/{id}/deliveries/{deliveryId}/retry", set("post")),
				Map.entry("/api/v1/teams/{teamId}/chat-webhook", set("get", "put")),
				Map.entry("/api/v1/policy/sign-in", set("get", "put")),
				Map.entry("/api/v1/people/me/notification-settings", set("get", "put")),
				Map.entry("/api/v1/notifications", set("get")),
				Map.entry("/api/v1/teams/{teamId}/reminder-day", set("get", "put")),
				Map.entry("/api/v1/notifications/{id}/retry", set("post")),
				Map.entry("/api/v1/imports/people-and-teams", set("post")),
				Map.entry("/api/v1/objectives/{id}/confirm", set("post")),
				Map.entry("/api/v1/key-results/{id}/confirm", set("post")),
				Map.entry("/api/v1/objectives/{id}/alignment", set("get")),
				Map.entry("/api/v1/objectives/{id}/alignment-links", set("post")),
				Map.entry("/api/v1/alignment-links/{id}", set("delete", "get", "put")),
				Map.entry("/api/v1/contribution-requests", set("get", "post")),
				Map.entry("/api/v1/contribution-requests/{id}", set("get")),
				Map.entry("/api/v1/contribution-requests/{id}/accept", set("post")),
				Map.entry("/api/v1/contribution-requests/{id}/counter", set("post")),
				Map.entry("/api/v1/contribution-requests/{id}/decline", set("post")),
				Map.entry("/api/v1/contribution-requests/{id}/withdraw", set("post")),
				Map.entry("/api/v1/cycles/{cycleId}/alignment-coverage", set("get")),
				Map.entry("/api/v1/teams/{teamId}/reviews", set("get", "post")),
				Map.entry("/api/v1/reviews/{id}", set("get")),
				Map.entry("/api/v1/reviews/{id}/attendance", set("post")),
				Map.entry("/api/v1/reviews/{id}/feedback/{keyResultId}", set("put")),
				Map.entry("/api/v1/reviews/{id}/reveal", set("post")),
				Map.entry("/api/v1/reviews/{id}/decisions", set("post")),
				Map.entry("/api/v1/reviews/{id}/close", set("post")),
				Map.entry("/api/v1/reviews/{id}/events", set("get")),
				Map.entry("/api/v1/cycles/{id}/final-scores-call", set("post")),
				Map.entry("/api/v1/cycles/{id}/closing", set("get")),
				Map.entry("/api/v1/cycles/{id}/close", set("post")),
				Map.entry("/api/v1/cycles/{id}/reopen", set("post")),
				Map.entry("/api/v1/key-results/{keyResultId}/score", set("put")),
				Map.entry("/api/v1/key-results/{keyResultId}/scores", set("get")),
				Map.entry("/api/v1/objectives/{objectiveId}/score", set("get")),
				Map.entry("/api/v1/teams/{teamId}/pack", set("get")),
				Map.entry("/api/v1/people/{id}/calibration", set("get")),
				Map.entry("/api/v1/teams/{id}/calibration", set("get")),
				Map.entry("/api/v1/kpis", set("get", "post")),
				Map.entry("/api/v1/kpis/{id}", set("get", "put")),
				Map.entry("/api/v1/kpis/{id}/measurements", set("get", "post")),
				Map.entry("/api/v1/appraisal/periods", set("get", "post")),
				Map.entry("/api/v1/appraisal/periods/{id}", set("get", "put")),
				Map.entry("/api/v1/appraisal/templates", set("get", "post")),
				Map.entry("/api/v1/appraisal/templates/{id}", set("get", "put")),
				Map.entry("/api/v1/appraisal/periods/{id}/results", set("get")),
				Map.entry("/api/v1/appraisal/periods/{id}/results/{personId}", set("get")),
				Map.entry("/api/v1/appraisal/periods/{id}/results/{personId}/assessment", set("put")),
				Map.entry("/api/v1/appraisal/periods/{id}/export", set("get")),
				Map.entry("/api/v1/appraisal/periods/{id}/close", set("post")),
				Map.entry("/api/v1/kpis/{id}/objectives", set("get", "post")),
				Map.entry("/api/v1/kpis/{id}/objectives/{objectiveId}", set("delete", "get")),
				Map.entry("/api/v1/kpis/related-to-objective/{objectiveId}", set("get")),
				Map.entry("/api/v1/kpis/{id}/recovery-objective", set("post")),
				Map.entry("/api/v1/kpis/from-key-result/{keyResultId}", set("post")),
				Map.entry("/api/v1/teams/{teamId}/co-creation-sessions", set("get", "post")),
				Map.entry("/api/v1/teams/{teamId}/co-creation-invitees", set("get")),
				Map.entry("/api/v1/co-creation-invitations", set("get")),
				Map.entry("/api/v1/co-creation-sessions/{id}", set("get")),
				Map.entry("/api/v1/co-creation-sessions/{id}/events", set("get")),
				Map.entry("/api/v1/co-creation-sessions/{id}/participants", set("post")),
				Map.entry("/api/v1/co-creation-sessions/{id}/invitations", set("post")),
				Map.entry("/api/v1/co-creation-sessions/{id}/items", set("post")),
				Map.entry("/api/v1/co-creation-sessions/{id}/items/{itemId}", set("put")),
				Map.entry("/api/v1/co-creation-sessions/{id}/items/{itemId}/comments", set("post")),
				Map.entry("/api/v1/co-creation-sessions/{id}/items/{itemId}/plus-one", set("delete", "put")),
				Map.entry("/api/v1/co-creation-sessions/{id}/items/{itemId}/votes", set("delete", "post")),
				Map.entry("/api/v1/co-creation-sessions/{id}/items/{itemId}/decision", set("post")),
				Map.entry("/api/v1/co-creation-sessions/{id}/voting", set("post")),
				Map.entry("/api/v1/co-creation-sessions/{id}/reveal", set("post")),
				Map.entry("/api/v1/co-creation-sessions/{id}/finish", set("post")),
				Map.entry("/api/v1/co-creation-sessions/{id}/timer", set("delete", "put")),
				Map.entry("/api/v1/objectives/{objectiveId}/co-creation-origin", set("get")),
				Map.entry("/api/v1/teams/{teamId}/health", set("get")),
				Map.entry("/api/v1/teams/{teamId}/health/recompute", set("post")),
				Map.entry("/api/v1/health", set("get")),
				Map.entry("/api/v1/health/recompute", set("post")),
				Map.entry("/api/v1/health/export", set("get")),
				Map.entry("/api/v1/teams/{teamId}/readiness-checks", set("get", "post")),
				Map.entry("/api/v1/readiness-checks/{id}", set("get")),
				Map.entry("/api/v1/readiness-checks/{id}/answers", set("post")),
				Map.entry("/api/v1/readiness-checks/{id}/close", set("post")),
				Map.entry("/api/v1/readiness-questions", set("get")),
				Map.entry("/api/v1/showcase", set("get", "post")),
				Map.entry("/api/v1/showcase/nominations", set("get")),
				Map.entry("/api/v1/showcase/{id}", set("get")),
				Map.entry("/api/v1/showcase/{id}/accept", set("post")),
				Map.entry("/api/v1/showcase/{id}/decline", set("post")),
				Map.entry("/api/v1/showcase/{id}/copies", set("post")),
				Map.entry("/api/v1/objectives/{objectiveId}/showcase-credit", set("get")),
				Map.entry("/api/v1/coaches", set("get")),
				Map.entry("/api/v1/teams/{teamId}/coaching-requests", set("get", "post")),
				Map.entry("/api/v1/coaching-requests", set("get")),
				Map.entry("/api/v1/coaching-requests/{id}", set("get")),
				Map.entry("/api/v1/coaching-requests/{id}/handled", set("post")))));
	}

	@Test
	void declaresBearerTokensAndTheSignInThatNeedsNone() {
		var docs = api.get("/v3/api-docs", null);

		assertThat(docs).bodyJson().extractingPath("$.components.securitySchemes.bearer.scheme").isEqualTo("bearer");
		assertThat(docs).bodyJson().extractingPath("$.paths['/api/v1/tokens'].post.security").asArray().isEmpty();
		assertThat(docs).bodyJson().extractingPath("$.paths['/api/v1/objectives'].post.requestBody.content['application/json'].schema.$ref")
			.isEqualTo("#/components/schemas/NewObjective");
	}

	@Test
	void servesTheDocumentationPageToEveryone() {
		assertThat(api.get("/swagger-ui/index.html", null)).hasStatusOk();
	}

	@Test
	void showsHealthToEveryoneAndMetricsToAdminsOnly() {
		assertThat(api.get("/actuator/health", null)).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("UP");
		assertThat(api.get("/actuator/prometheus", api.newPerson("Curious"))).hasStatus(403);
		assertThat(api.get("/actuator/prometheus", api.admin(), "Accept", "text/plain")).hasStatusOk();
	}

	private static TreeSet<String> set(String... methods) {
		return new TreeSet<>(java.util.List.of(methods));
	}
}
