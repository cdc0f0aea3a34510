package dev.lodestar.kpis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/** KPIs related to objectives for context: side by side, never a key result, and only where the reader may see. */
class KpiObjectivesIntegrationTests extends PageIntegrationTest {

	@Autowired
	KpiManagement kpis;

	LifeCycleFixtures fixtures;

	Session lead;

	long team;

	long cycle;

	@BeforeEach
	void aTeamWithAnObjective() {
		fixtures = new LifeCycleFixtures(kpis, api);
		lead = api.newPerson("Kpilead");
		team = api.newTeam("Kpiteam", null, List.of(lead.personId()), List.of());
		cycle = api.newCycle("ACTIVE");
	}

	@Test
	void aRelatedKpiIsShownBesideTheObjectiveAndNeverCountsAsOneOfItsKeyResults() {
		long objective = api.newTeamObjective(lead, cycle, team, "Customers love ordering");
		long keyResult = api.newKeyResult(lead, objective, "INCREASE", 0, 10);
		api.post("/api/v1/key-results/" + keyResult + "/check-ins", lead, Map.of("value", 4, "confidence", 7));
		var before = api.get("/api/v1/objectives/" + objective, lead);
		Kpi kpi = fixtures.teamKpi(team, "Orders per day");
		fixtures.measure(kpi, 1, "95");

		var related = api.post("/api/v1/kpis/" + kpi.id() + "/objectives", lead, Map.of("objectiveId", objective));

		assertThat(related).hasStatus(201).hasHeader("Location", "/api/v1/kpis/" + kpi.id() + "/objectives/" + objective);
		assertThat((String) Api.read(related, "$.relation")).isEqualTo("CONTEXT");
		assertThat((Boolean) Api.read(related, "$.keyResult")).isFalse();
		var after = api.get("/api/v1/objectives/" + objective, lead);
		assertThat((List<?>) Api.read(after, "$.keyResults")).hasSize(1);
		assertThat((Object) Api.read(after, "$.progress")).isEqualTo(Api.read(before, "$.progress"));
		assertThat((Object) Api.read(after, "$.version")).isEqualTo(Api.read(before, "$.version"));
		var beside = api.get("/api/v1/kpis/related-to-objective/" + objective, lead);
		assertThat((List<Integer>) Api.read(beside, "$[*].kpiId")).containsExactly((int) kpi.id());
		assertThat((List<String>) Api.read(beside, "$[*].health")).containsExactly("HEALTHY");
		assertThat((List<Boolean>) Api.read(beside, "$[*].keyResult")).containsExactly(false);
		var page = Pages.html(pages.get("/objectives/" + objective, lead));
		assertThat(page.select(".kr-card")).hasSize(1);
		assertThat(page.select("#objective-kpis[hx-get=/objectives/" + objective + "/kpis]")).hasSize(1);
		var fragment = Pages.html(pages.get("/objectives/" + objective + "/kpis", lead));
		assertThat(fragment.select("#related-kpi-" + kpi.id() + " a").text()).isEqualTo(kpi.name());
		assertThat(fragment.select("#related-kpi-" + kpi.id() + " .badge.context").text()).isEqualTo("Context, not a key result");
		assertThat(fragment.select(".context-note").text()).contains("not a key result");
		assertThat(fragment.select("#related-kpi-" + kpi.id() + " .numbers").text()).contains("95", "orders");
		assertThat(fragment.select(".key-result")).isEmpty();
	}

	@Test
	void whoeverMayChangeTheObjectiveRelatesAKpiFromItsSideAndAChoiceIsNeeded() {
		long objective = api.newTeamObjective(lead, cycle, team, "Deliveries people can count on");
		Kpi kpi = fixtures.teamKpi(team, "Deliveries on time");
		String fragment = "/objectives/" + objective + "/kpis";
		var outsider = api.newPerson("Kpioutsider");

		assertThat(Pages.html(pages.get(fragment, outsider)).select("#objective-relate-form")).isEmpty();
		var offered = Pages.html(pages.get(fragment, lead));
		assertThat(offered.select("#objective-relate-kpi option[value=" + kpi.id() + "]").text()).isEqualTo(kpi.name());

		var refused = pages.post(fragment, lead, Map.of("kpiId", "", "idempotencyKey", Api.unique("relate")), "HX-Request", "true");
		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#objective-relate-kpi-error").text()).isEqualTo("choose a KPI");

		var related = pages.post(fragment, lead, Map.of("kpiId", String.valueOf(kpi.id()), "idempotencyKey", Api.unique("relate")),
				"HX-Request", "true");
		assertThat(related).hasStatusOk();
		var shown = Pages.html(related);
		assertThat(shown.select("#related-kpi-" + kpi.id() + " .badge.context")).hasSize(1);
		assertThat(shown.select("#objective-relate-kpi option[value=" + kpi.id() + "]")).isEmpty();
		assertThat((List<String>) Api.read(api.get("/api/v1/kpis/" + kpi.id() + "/objectives", lead), "$[*].relation"))
			.containsExactly("CONTEXT");
		assertThat(pages.post(fragment, outsider, Map.of("kpiId", String.valueOf(kpi.id())), "HX-Request", "true"))
			.hasStatus(403);
	}

	@Test
	void relatedKpisTakeNoKeyResultSlotWithinTheCap() {
		long objective = api.newTeamObjective(lead, cycle, team, "Customers love ordering");
		int cap = Api.read(api.get("/api/v1/policy/caps", lead), "$.maxKeyResultsPerObjective");
		for (int i = 0; i < cap + 1; i++) {
			Kpi kpi = fixtures.teamKpi(team, "Orders per day");
			assertThat(api.post("/api/v1/kpis/" + kpi.id() + "/objectives", lead, Map.of("objectiveId", objective)))
				.hasStatus(201);
		}

		for (int i = 0; i < cap; i++) {
			api.newKeyResult(lead, objective, "INCREASE", 0, 10);
		}

		assertThat((List<?>) Api.read(api.get("/api/v1/objectives/" + objective, lead), "$.keyResults")).hasSize(cap);
		assertThat((List<?>) Api.read(api.get("/api/v1/kpis/related-to-objective/" + objective, lead), "$"))
			.hasSize(cap + 1);
	}

	@Test
	void theObjectiveFragmentSpeaksChinese() {
		long objective = api.newTeamObjective(lead, cycle, team, "Customers love ordering");
		Kpi kpi = fixtures.teamKpi(team, "Orders per day");
		api.post("/api/v1/kpis/" + kpi.id() + "/objectives", lead, Map.of("objectiveId", objective));
		speaksChinese(lead);

		var fragment = Pages.html(pages.get("/objectives/" + objective + "/kpis", lead));
		var kpiFragment = Pages.html(pages.get("/kpis/" + kpi.id() + "/objectives", lead));

		assertThat(fragment.select("#related-kpi-" + kpi.id() + " .badge.context").text()).isEqualTo("背景参考，不是关键结果");
		assertThat(kpiFragment.select("#kpi-objectives-heading").text()).isEqualTo("关联的目标");
		assertThat(kpiFragment.select("#related-objective-" + objective + " .badge.relation").text()).isEqualTo("作为背景参考");
	}

	@Test
	void whoeverMayChangeTheObjectiveRelatesATeamsKpiToIt() {
		var outsider = api.newPerson("Objectiveowner");
		long objective = api.newPersonalObjective(outsider, cycle, "Learn what orders mean");
		Kpi kpi = fixtures.teamKpi(team, "Orders per day");

		assertThat(api.post("/api/v1/kpis/" + kpi.id() + "/objectives", outsider, Map.of("objectiveId", objective)))
			.hasStatus(201);
		assertThat((List<Integer>) Api.read(api.get("/api/v1/kpis/" + kpi.id() + "/objectives", lead), "$[*].objectiveId"))
			.containsExactly((int) objective);
	}

	@Test
	void someoneWhoMayNeitherStewardTheKpiNorChangeTheObjectiveIsRefusedAndNothingChanges() {
		long objective = api.newTeamObjective(lead, cycle, team, "Customers love ordering");
		Kpi kpi = fixtures.teamKpi(team, "Orders per day");
		var stranger = api.newPerson("Stranger");

		var refused = api.post("/api/v1/kpis/" + kpi.id() + "/objectives", stranger, Map.of("objectiveId", objective));

		assertThat(refused).hasStatus(403).hasContentType("application/problem+json");
		assertThat((List<?>) Api.read(api.get("/api/v1/kpis/" + kpi.id() + "/objectives", lead), "$")).isEmpty();
	}

	@Test
	void badInputIsRefusedAsAProblemAndChangesNothing() {
		Kpi kpi = fixtures.teamKpi(team, "Orders per day");

		var noObjective = api.post("/api/v1/kpis/" + kpi.id() + "/objectives", lead, "{}");
		var unknown = api.post("/api/v1/kpis/" + kpi.id() + "/objectives", lead, Map.of("objectiveId", 987654321));
		var unknownKpi = api.post("/api/v1/kpis/987654321/objectives", lead, Map.of("objectiveId", 1));

		assertThat(noObjective).hasStatus(400).hasContentType("application/problem+json");
		assertThat((String) Api.read(noObjective, "$.errors[0].field")).isEqualTo("objectiveId");
		assertThat(unknown).hasStatus(400).hasContentType("application/problem+json");
		assertThat(unknownKpi).hasStatus(404).hasContentType("application/problem+json");
		assertThat((List<?>) Api.read(api.get("/api/v1/kpis/" + kpi.id() + "/objectives", lead), "$")).isEmpty();
	}

	@Test
	void relatingTwiceIsRefusedARetryIsReplayedAndUnrelatingEndsIt() {
		long objective = api.newTeamObjective(lead, cycle, team, "Customers love ordering");
		Kpi kpi = fixtures.teamKpi(team, "Orders per day");
		String path = "/api/v1/kpis/" + kpi.id() + "/objectives";

		var first = api.post(path, lead, Map.of("objectiveId", objective), "Idempotency-Key", "relate-" + kpi.id());
		var retried = api.post(path, lead, Map.of("objectiveId", objective), "Idempotency-Key", "relate-" + kpi.id());
		var twice = api.post(path, lead, Map.of("objectiveId", objective));

		assertThat(first).hasStatus(201);
		assertThat(retried).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
		assertThat(twice).hasStatus(409).hasContentType("application/problem+json");
		assertThat((String) Api.read(twice, "$.title")).isEqualTo("Already related");
		assertThat(api.delete(path + "/" + objective, lead)).hasStatus(204);
		assertThat((List<?>) Api.read(api.get(path, lead), "$")).isEmpty();
		assertThat(api.delete(path + "/" + objective, lead)).hasStatus(404);
	}

	@Test
	void anObjectiveTheReaderMayNotSeeIsNotShownBesideTheKpi() {
		long open = api.newTeamObjective(lead, cycle, team, "Everyone may read this");
		var secret = api.post("/api/v1/objectives", lead, Map.of("cycleId", cycle, "ownerTeamId", team, "title",
				"Secret plan for orders", "visibility", "PRIVATE"));
		long hidden = Api.id(secret);
		Kpi kpi = fixtures.teamKpi(team, "Orders per day");
		api.post("/api/v1/kpis/" + kpi.id() + "/objectives", lead, Map.of("objectiveId", open));
		api.post("/api/v1/kpis/" + kpi.id() + "/objectives", lead, Map.of("objectiveId", hidden));
		var reader = api.newPerson("Reader");

		assertThat((List<Integer>) Api.read(api.get("/api/v1/kpis/" + kpi.id() + "/objectives", lead), "$[*].objectiveId"))
			.containsExactly((int) open, (int) hidden);
		assertThat((List<Integer>) Api.read(api.get("/api/v1/kpis/" + kpi.id() + "/objectives", reader), "$[*].objectiveId"))
			.containsExactly((int) open);
		var fragment = Pages.html(pages.get("/kpis/" + kpi.id() + "/objectives", reader));
		assertThat(fragment.select(".related-objective")).hasSize(1);
		assertThat(fragment.text()).doesNotContain("Secret plan");
		assertThat(api.get("/api/v1/kpis/related-to-objective/" + hidden, reader)).hasStatus(404);
		assertThat(pages.get("/objectives/" + hidden + "/kpis", reader)).hasStatus(404);
		assertThat(api.get("/api/v1/kpis/" + kpi.id() + "/objectives/" + hidden, reader)).hasStatus(404);
		assertThat(api.post("/api/v1/kpis/" + kpi.id() + "/objectives", reader, Map.of("objectiveId", hidden)))
			.hasStatus(400);
	}

	@Test
	void theKpiFragmentRelatesThroughItsFormAndRefusesAMissingChoiceNextToTheField() {
		long objective = api.newTeamObjective(lead, currentCycle(), team, "Customers love ordering");
		Kpi kpi = fixtures.teamKpi(team, "Orders per day");

		var refused = pages.post("/kpis/" + kpi.id() + "/objectives", lead, Map.of("objectiveId", "", "idempotencyKey", "k1"));
		var related = pages.post("/kpis/" + kpi.id() + "/objectives", lead,
				Map.of("objectiveId", String.valueOf(objective), "idempotencyKey", "k2-" + kpi.id()));

		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#kpi-relate-objective-error").text()).isEqualTo("choose an objective");
		assertThat(related).hasStatusOk();
		var fragment = Pages.html(related);
		assertThat(fragment.select("#related-objective-" + objective + " a").text()).isEqualTo("Customers love ordering");
		assertThat(fragment.select("#related-objective-" + objective + " button").text()).isEqualTo("Unrelate");
		var unrelated = pages.post("/kpis/" + kpi.id() + "/objectives/" + objective + "/delete", lead, Map.of());
		assertThat(Pages.html(unrelated).select(".related-objective")).isEmpty();
	}

	@Test
	void aReaderWhoMayRelateNothingGetsNoForm() {
		Kpi kpi = fixtures.teamKpi(team, "Orders per day");
		var reader = api.newPerson("Reader");

		var fragment = Pages.html(pages.get("/kpis/" + kpi.id() + "/objectives", reader));

		assertThat(fragment.select("#kpi-relate-form")).isEmpty();
		assertThat(fragment.select(".empty").text()).isEqualTo("Not related to any objective you can see.");
	}

	@Test
	void bothFragmentsIssueTheSameNumberOfStatementsWhateverTheNumberOfRelations() {
		long objective = api.newTeamObjective(lead, cycle, team, "Customers love ordering");
		Kpi kpi = fixtures.teamKpi(team, "Orders per day");
		relateMore(kpi, objective, 1);
		counted(kpi, objective); // the first request of a reader warms what is cached per application
		int[] small = counted(kpi, objective);
		relateMore(kpi, objective, 4);
		int[] large = counted(kpi, objective);

		assertThat(large).containsExactly(small);
	}

	/** A cycle that starts today: the newest running one, so the current cycle the relate form offers. */
	private long currentCycle() {
		var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		return api.newCycle("ACTIVE", today.toString(), today.plusDays(90).toString());
	}

	/** Each round adds a measured KPI beside the objective and an objective (of its own team) beside the KPI. */
	private void relateMore(Kpi kpi, long objective, int rounds) {
		for (int i = 0; i < rounds; i++) {
			Kpi other = fixtures.teamKpi(team, "Counted KPI");
			fixtures.measure(other, 2, "60");
			fixtures.measure(other, 1, "70");
			assertThat(api.post("/api/v1/kpis/" + other.id() + "/objectives", lead, Map.of("objectiveId", objective)))
				.hasStatus(201);
			var owner = api.newPerson("Counted");
			long team2 = api.newTeam("Counted team", null, List.of(owner.personId()), List.of());
			long another = api.newTeamObjective(owner, cycle, team2, Api.unique("Counted objective"));
			assertThat(api.post("/api/v1/kpis/" + kpi.id() + "/objectives", lead, Map.of("objectiveId", another)))
				.hasStatus(201);
		}
	}

	private int[] counted(Kpi kpi, long objective) {
		statements.reset();
		assertThat(pages.get("/objectives/" + objective + "/kpis", lead)).hasStatusOk();
		int beside = statements.count();
		statements.reset();
		assertThat(pages.get("/kpis/" + kpi.id() + "/objectives", lead)).hasStatusOk();
		int related = statements.count();
		statements.reset();
		assertThat(api.get("/api/v1/kpis/related-to-objective/" + objective, lead)).hasStatusOk();
		int api1 = statements.count();
		statements.reset();
		assertThat(api.get("/api/v1/kpis/" + kpi.id() + "/objectives", lead)).hasStatusOk();
		return new int[] { beside, related, api1, statements.count() };
	}
}
