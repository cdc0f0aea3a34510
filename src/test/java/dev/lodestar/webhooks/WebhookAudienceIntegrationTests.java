package dev.lodestar.webhooks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.objectives.KeyResultKind;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.NewKeyResult;
import dev.lodestar.objectives.ObjectiveChanged;
import dev.lodestar.platform.security.CallerDirectory;
import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.TestHttpServer;

import static org.assertj.core.api.Assertions.assertThat;

/** Who hears a change: nobody through a deactivated person's webhook, and the organisation of no draft key result. */
class WebhookAudienceIntegrationTests extends ApiIntegrationTest {

	@Autowired
	WebhookSender sender;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	KeyResultManagement keyResults;

	@Autowired
	CallerDirectory callers;

	private long register(Api.Session as, String url, List<String> events, boolean organisation) {
		var registered = api.post("/api/v1/webhooks", as, Map.of("url", url, "events", events, "organisation", organisation));
		assertThat(registered).hasStatus(201);
		return Api.<Number>read(registered, "$.webhook.id").longValue();
	}

	private long deliveriesOf(long webhook) {
		return jdbc.sql("select count(*) from webhook_delivery where webhook_id = ?").param(webhook).query(Long.class).single();
	}

	private void setActive(Api.Session person, boolean active) {
		var current = api.get("/api/v1/people/" + person.personId(), api.admin());
		assertThat(api.put("/api/v1/people/" + person.personId(), api.admin(), Map.of("name", Api.read(current, "$.name"),
				"email", Api.read(current, "$.email"), "locale", "en", "admin", false, "active", active, "version",
				Api.read(current, "$.version")))).hasStatusOk();
	}

	@Test
	void aDeactivatedPersonsWebhookHearsNothingAndItsDeliveriesWait() {
		var owner = api.newPerson("HookLeaver");
		try (var receiver = TestHttpServer.start()) {
			String path = "/hook/leaver-" + owner.personId();
			long webhook = register(owner, receiver.url(path), List.of("KEY_RESULT_CREATED", "OBJECTIVE_CHANGED"), false);
			long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Hand over well");
			api.newKeyResult(owner, objective, "INCREASE", 0, 10);
			assertThat(deliveriesOf(webhook)).isEqualTo(1);

			setActive(owner, false);
			new TransactionTemplate(transactions).executeWithoutResult(status -> events
				.publishEvent(new ObjectiveChanged(objective, api.admin().personId(), Instant.now(), List.of())));
			sender.deliverDue(Instant.now().plusSeconds(1));

			assertThat(deliveriesOf(webhook)).as("no new delivery for a deactivated owner").isEqualTo(1);
			assertThat(receiver.receivedAt(path)).as("what was queued waits").isEmpty();

			setActive(owner, true);
			sender.deliverDue(Instant.now().plusSeconds(1));
			assertThat(receiver.receivedAt(path)).hasSize(1);
		}
	}

	@Test
	void aDraftKeyResultReachesItsOwnersWebhookButNotTheOrganisations() throws Exception {
		var owner = api.newPerson("HookDraftKr");
		try (var receiver = TestHttpServer.start()) {
			long organisations = register(api.admin(), receiver.url("/hook/org-drafts"), List.of("KEY_RESULT_CREATED"), true);
			long own = register(owner, receiver.url("/hook/own-drafts"), List.of("KEY_RESULT_CREATED"), false);
			try {
				long objective = api.newPersonalObjective(owner, api.newCycle("ACTIVE"), "Welcome contributions");
				long draft = keyResults.addDraft(callers.byPersonId(owner.personId()).orElseThrow(), objective,
						new NewKeyResult("Proposed by a partner team", KeyResultKind.INCREASE, BigDecimal.ZERO, BigDecimal.TEN,
								"partners", owner.personId())).keyResult().id();
				long settled = api.newKeyResult(owner, objective, "INCREASE", 0, 10);

				sender.deliverDue(Instant.now().plusSeconds(1));

				assertThat(receiver.receivedAt("/hook/org-drafts"))
					.extracting(request -> json.readTree(request.body()).at("/data/keyResultId").asLong())
					.containsExactly(settled);
				assertThat(receiver.receivedAt("/hook/own-drafts"))
					.extracting(request -> json.readTree(request.body()).at("/data/keyResultId").asLong())
					.containsExactly(draft, settled);
			}
			finally {
				// other tests' key results must not queue deliveries to them
				assertThat(api.delete("/api/v1/webhooks/" + organisations, api.admin())).hasStatus(204);
				assertThat(api.delete("/api/v1/webhooks/" + own, owner)).hasStatus(204);
			}
		}
	}
}
