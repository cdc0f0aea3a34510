package dev.lodestar.webhooks;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.TestHttpServer;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outbound webhooks against a real local HTTP server: who hears what (scores only to their owner's own webhooks), the
 * HMAC signature, retries with a log, and putting a failed delivery back in line.
 */
class WebhooksIntegrationTests extends ApiIntegrationTest {

	private static TestHttpServer receiver;

	@Autowired
	WebhookSender sender;

	@BeforeAll
	static void startReceiver() {
		receiver = TestHttpServer.start();
	}

	@AfterAll
	static void stopReceiver() {
		receiver.close();
	}

	@Test
	void aPersonsOwnWebhookHearsOfTheirCheckInsAndScoresSignedAndNothingOfOthers() throws Exception {
		long cycle = api.newCycle("ACTIVE");
		var owner = api.newPerson("HookOwner");
		var other = api.newPerson("HookOther");
		String path = "/hook/own-" + owner.personId();
		var registered = api.post("/api/v1/webhooks", owner, Map.of("url", receiver.url(path), "events",
				List.of("CHECK_IN_RECORDED", "SCORE_RECORDED")));
		assertThat(registered).hasStatus(201);
		String secret = Api.read(registered, "$.secret");
		assertThat(secret).startsWith("whsec_");
		long webhook = Api.<Number>read(registered, "$.webhook.id").longValue();
		assertThat(Api.body(api.get("/api/v1/webhooks/" + webhook, owner))).doesNotContain(secret);
		long objective = api.newPersonalObjective(owner, cycle, "Make onboarding a joy");
		long keyResult = api.newKeyResult(owner, objective, "INCREASE", 0, 10);
		long othersObjective = api.newPersonalObjective(other, cycle, "Someone else's");
		long othersKeyResult = api.newKeyResult(other, othersObjective, "INCREASE", 0, 10);
		assertThat(api.post("/api/v1/key-results/" + keyResult + "/check-ins", owner, Map.of("value", 4, "confidence", 7)))
			.hasStatus(201);
		assertThat(api.post("/api/v1/key-results/" + othersKeyResult + "/check-ins", other, Map.of("value", 4, "confidence", 7)))
			.hasStatus(201);
		assertThat(api.score(owner, keyResult, "0.7", 0)).hasStatusOk();

		sender.deliverDue(Instant.now());

		var received = receiver.receivedAt(path);
		assertThat(received).extracting(TestHttpServer.Received::headers)
			.extracting(headers -> headers.get("x-lodestar-event"))
			.containsExactly("check_in.recorded", "score.recorded");
		for (var delivery : received) {
			String signature = delivery.headers().get("x-lodestar-signature");
			String seconds = signature.substring(2, signature.indexOf(','));
			assertThat(signature).isEqualTo("t=" + seconds + ",v1=" + WebhookSender.sign(secret, seconds + "." + delivery.body()));
			assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(seconds))).isLessThan(300);
		}
		JsonNode checkIn = json.readTree(received.get(0).body());
		assertThat(checkIn.get("type").asString()).isEqualTo("check_in.recorded");
		assertThat(checkIn.get("id").asString()).isEqualTo(received.get(0).headers().get("x-lodestar-delivery"));
		assertThat(checkIn.at("/data/keyResultId").asLong()).isEqualTo(keyResult);
		assertThat(checkIn.at("/data/objectiveId").asLong()).isEqualTo(objective);
		assertThat(checkIn.at("/data/changes").toString()).contains("confidence");
		JsonNode score = json.readTree(received.get(1).body());
		assertThat(score.at("/data/keyResultId").asLong()).isEqualTo(keyResult);
		// that it was scored, never the score: the owner reads it through the API with an OKR token
		assertThat(received.get(1).body()).doesNotContain("0.7");
		var log = api.get("/api/v1/webhooks/" + webhook + "/deliveries", owner);
		assertThat(Api.<List<String>>read(log, "$.items[*].state")).containsExactly("DELIVERED", "DELIVERED");
		assertThat(Api.<List<Integer>>read(log, "$.items[*].responseStatus")).containsExactly(200, 200);
	}

	@Test
	void theOrganisationsWebhookHearsOfPublicObjectivesOnlyAndNeverOfScores() {
		long cycle = api.newCycle("ACTIVE");
		var refused = api.post("/api/v1/webhooks", api.admin(), Map.of("url", receiver.url("/hook/org"), "events",
				List.of("CHECK_IN_RECORDED", "SCORE_RECORDED"), "organisation", true));
		assertThat(refused).hasStatus(400);
		assertThat(Api.<String>read(refused, "$.errors[0].field")).isEqualTo("events");
		assertThat(api.post("/api/v1/webhooks", api.newPerson("HookNotAdmin"), Map.of("url", receiver.url("/hook/org"),
				"events", List.of("OBJECTIVE_CREATED"), "organisation", true))).hasStatus(403);
		var registered = api.post("/api/v1/webhooks", api.admin(), Map.of("url", receiver.url("/hook/org"), "events",
				List.of("OBJECTIVE_CREATED"), "organisation", true));
		assertThat(registered).hasStatus(201);
		long webhook = Api.<Number>read(registered, "$.webhook.id").longValue();
		try {
			var person = api.newPerson("HookPublic");
			long visible = api.newPersonalObjective(person, cycle, "Open to everyone");
			assertThat(api.post("/api/v1/objectives", person, Map.of("cycleId", cycle, "ownerPersonId", person.personId(),
					"title", "Kept private", "visibility", "PRIVATE"))).hasStatus(201);

			sender.deliverDue(Instant.now());

			var received = receiver.receivedAt("/hook/org");
			assertThat(received).hasSize(1);
			assertThat(json.readTree(received.get(0).body()).at("/data/objectiveId").asLong()).isEqualTo(visible);
			assertThat(received.get(0).body()).doesNotContain("Kept private");
			assertThat(api.get("/api/v1/webhooks/" + webhook, person)).hasStatus(404);
		}
		finally {
			// other tests' objectives must not queue deliveries to it
			assertThat(api.delete("/api/v1/webhooks/" + webhook, api.admin())).hasStatus(204);
		}
	}

	@Test
	void aFailingReceiverIsRetriedWithGrowingPausesThenFailsAndIsPutBackInLineByItsOwner() {
		long cycle = api.newCycle("ACTIVE");
		var owner = api.newPerson("HookFailing");
		String path = "/hook/failing-" + owner.personId();
		var registered = api.post("/api/v1/webhooks", owner, Map.of("url", receiver.url(path), "events",
				List.of("KEY_RESULT_CREATED")));
		long webhook = Api.<Number>read(registered, "$.webhook.id").longValue();
		receiver.answer(503, "down for maintenance");
		try {
			long objective = api.newPersonalObjective(owner, cycle, "Survive outages");
			api.newKeyResult(owner, objective, "INCREASE", 0, 10);
			Instant at = Instant.now();
			sender.deliverDue(at);
			var log = api.get("/api/v1/webhooks/" + webhook + "/deliveries", owner);
			assertThat(Api.<List<String>>read(log, "$.items[*].state")).containsExactly("PENDING");
			assertThat(Api.<List<Integer>>read(log, "$.items[*].responseStatus")).containsExactly(503);
			assertThat(Api.<List<String>>read(log, "$.items[*].lastError")).containsExactly("HTTP 503");
			sender.deliverDue(at.plusSeconds(30));
			assertThat(receiver.receivedAt(path)).as("not before its pause").hasSize(1);
			for (var pause : WebhookSender.PAUSES) {
				at = Instant.now().plus(pause).plusSeconds(1);
				sender.deliverDue(at);
			}
			assertThat(receiver.receivedAt(path)).hasSize(1 + WebhookSender.PAUSES.size());
			log = api.get("/api/v1/webhooks/" + webhook + "/deliveries", owner);
			assertThat(Api.<List<String>>read(log, "$.items[*].state")).containsExactly("FAILED");
			long delivery = Api.<List<Number>>read(log, "$.items[*].id").get(0).longValue();
			assertThat(api.post("/api/v1/webhooks/" + webhook + "/deliveries/" + delivery + "/retry", api.newPerson("HookStranger"),
					Map.of())).hasStatus(404);

			receiver.answer(200, "ok");
			assertThat(api.post("/api/v1/webhooks/" + webhook + "/deliveries/" + delivery + "/retry", owner, Map.of()))
				.hasStatusOk();
			assertThat(api.post("/api/v1/webhooks/" + webhook + "/deliveries/" + delivery + "/retry", owner, Map.of()))
				.hasStatus(409);
			sender.deliverDue(Instant.now().plusSeconds(1));
			log = api.get("/api/v1/webhooks/" + webhook + "/deliveries", owner);
			assertThat(Api.<List<String>>read(log, "$.items[*].state")).containsExactly("DELIVERED");
		}
		finally {
			receiver.answer(200, "ok");
		}
	}

	@Test
	void anAppraisalTokenReachesNoWebhookAndAStaleRevisionIsRefused() {
		var owner = api.newPerson("HookScopes");
		assertThat(api.get("/api/v1/webhooks", api.scoped(owner, "APPRAISAL"))).hasStatus(403);
		var registered = api.post("/api/v1/webhooks", owner, Map.of("url", "https://hooks.example.org/okr", "events",
				List.of("OBJECTIVE_CHANGED")));
		long webhook = Api.<Number>read(registered, "$.webhook.id").longValue();
		Map<String, Object> paused = new HashMap<>();
		paused.put("url", "https://hooks.example.org/okr");
		paused.put("events", List.of("OBJECTIVE_CHANGED"));
		paused.put("active", false);
		paused.put("version", 1);
		assertThat(api.put("/api/v1/webhooks/" + webhook, owner, paused)).hasStatusOk();
		assertThat(api.put("/api/v1/webhooks/" + webhook, owner, paused)).hasStatus(409);
		assertThat(api.post("/api/v1/webhooks", owner, Map.of("url", "ftp://hooks.example.org", "events",
				List.of("OBJECTIVE_CHANGED")))).hasStatus(400);
	}
}
