package dev.lodestar.kpis;

import java.time.LocalDate;
import java.time.ZoneOffset;
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

/** A KPI in critical health starts a draft recovery objective for its owner, and both keep where it came from. */
class KpiRecoveryIntegrationTests extends PageIntegrationTest {

	@Autowired
	KpiManagement kpis;

	LifeCycleFixtures fixtures;

	Session lead;

	long team;

	long cycle;

	@BeforeEach
	void aTeamAndAnOpenCycle() {
		fixtures = new LifeCycleFixtures(kpis, api);
		lead = api.newPerson("Recoverylead");
		team = api.newTeam("Recoveryteam", null, List.of(lead.personId()), List.of());
		var today = LocalDate.now(ZoneOffset.UTC);
		cycle = api.newCycle("ACTIVE", today.toString(), today.plusDays(90).toString());
	}

	@Test
	void aCriticalKpiStartsADraftObjectiveOfItsOwnerWithASuggestedTitleRelatedAsItsRecovery() {
		Kpi kpi = fixtures.criticalTeamKpi(team, "Orders per day");

		var started = api.post("/api/v1/kpis/" + kpi.id() + "/recovery-objective", lead, Map.of("cycleId", cycle));

		assertThat(started).hasStatus(201);
		long objective = ((Number) Api.read(started, "$.objectiveId")).longValue();
		assertThat(started).hasHeader("Location", "/api/v1/objectives/" + objective);
		var created = api.get("/api/v1/objectives/" + objective, lead);
		assertThat((String) Api.read(created, "$.title")).isEqualTo("Bring " + kpi.name() + " back to health");
		assertThat((Boolean) Api.read(created, "$.draft")).isTrue();
		assertThat(((Number) Api.read(created, "$.ownerTeamId")).longValue()).isEqualTo(team);
		assertThat(((Number) Api.read(created, "$.cycleId")).longValue()).isEqualTo(cycle);
		assertThat((List<?>) Api.read(created, "$.keyResults")).isEmpty();
		var relations = api.get("/api/v1/kpis/" + kpi.id() + "/objectives", lead);
		assertThat((List<String>) Api.read(relations, "$[*].relation")).containsExactly("RECOVERY");
		var beside = Pages.html(pages.get("/objectives/" + objective + "/kpis", lead));
		assertThat(beside.select("#related-kpi-" + kpi.id() + " .provenance.recovery").text())
			.isEqualTo("Started from KPI " + kpi.name());
		var kpiSide = Pages.html(pages.get("/kpis/" + kpi.id() + "/objectives", lead));
		assertThat(kpiSide.select("#related-objective-" + objective + " .badge.relation").text()).isEqualTo("Recovery objective");
		assertThat(kpiSide.select("#related-objective-" + objective + " .badge.draft")).hasSize(1);
	}

	@Test
	void aKpiStartsOneRecoveryPerCycleAndAMemberWhoMeasuresItMayStartIt() {
		var member = api.newPerson("Recoverymember");
		long measured = api.newTeam("Recoverymeasured", null, List.of(lead.personId()), List.of(member.personId()));
		Kpi kpi = fixtures.criticalTeamKpi(measured, "Returns handled");

		assertThat(api.post("/api/v1/kpis/" + kpi.id() + "/recovery-objective", member, Map.of("cycleId", cycle)))
			.hasStatus(201);
		var again = api.post("/api/v1/kpis/" + kpi.id() + "/recovery-objective", lead, Map.of("cycleId", cycle));

		assertThat(again).hasStatus(409);
		assertThat(Api.<String>read(again, "$.detail")).contains(kpi.name()).contains("already has a recovery objective");
		assertThat((List<String>) Api.read(api.get("/api/v1/kpis/" + kpi.id() + "/objectives", lead), "$[*].relation"))
			.containsExactly("RECOVERY");
	}

	@Test
	void withoutACycleTheRecoveryGoesIntoTheCurrentOpenCycle() {
		Kpi kpi = fixtures.criticalTeamKpi(team, "Orders per day");

		var started = api.post("/api/v1/kpis/" + kpi.id() + "/recovery-objective", lead, null);

		assertThat(started).hasStatus(201);
		long chosen = ((Number) Api.read(started, "$.cycleId")).longValue();
		assertThat((String) Api.read(api.get("/api/v1/cycles/" + chosen, lead), "$.state")).isNotEqualTo("CLOSED");
	}

	@Test
	void theSuggestedTitleIsInTheLanguageOfWhoStartedIt() {
		Kpi kpi = fixtures.criticalTeamKpi(team, "Orders per day");
		speaksChinese(lead);

		var started = api.post("/api/v1/kpis/" + kpi.id() + "/recovery-objective", lead, Map.of("cycleId", cycle));

		assertThat((String) Api.read(started, "$.title")).isEqualTo("让 " + kpi.name() + " 恢复健康");
		var kpiSide = Pages.html(pages.get("/kpis/" + kpi.id() + "/objectives", lead));
		assertThat(kpiSide.select(".badge.relation").text()).isEqualTo("恢复目标");
	}

	@Test
	void aKpiThatIsNotCriticalIsRefusedAndNothingIsCreated() {
		Kpi kpi = fixtures.teamKpi(team, "Orders per day");
		fixtures.measure(kpi, 1, "70");

		var refused = api.post("/api/v1/kpis/" + kpi.id() + "/recovery-objective", lead, Map.of("cycleId", cycle));

		assertThat(refused).hasStatus(409).hasContentType("application/problem+json");
		assertThat((String) Api.read(refused, "$.title")).isEqualTo("KPI not critical");
		assertThat(ownedObjectives()).isZero();
		assertThat((List<?>) Api.read(api.get("/api/v1/kpis/" + kpi.id() + "/objectives", lead), "$")).isEmpty();
	}

	@Test
	void aClosedCycleIsRefusedAsNoOpenCycleAndAnUnknownOneAsBadInput() {
		Kpi kpi = fixtures.criticalTeamKpi(team, "Orders per day");
		long closed = Api.id(api.post("/api/v1/cycles", api.admin(), Map.of("name", Api.unique("Closed"), "startsOn",
				"2025-01-01", "endsOn", "2025-03-31", "state", "CLOSED")));

		var refused = api.post("/api/v1/kpis/" + kpi.id() + "/recovery-objective", lead, Map.of("cycleId", closed));
		var unknown = api.post("/api/v1/kpis/" + kpi.id() + "/recovery-objective", lead, Map.of("cycleId", 987654321));
		var tooLong = api.post("/api/v1/kpis/" + kpi.id() + "/recovery-objective", lead,
				Map.of("cycleId", cycle, "title", "x".repeat(201)));

		assertThat(refused).hasStatus(409).hasContentType("application/problem+json");
		assertThat((String) Api.read(refused, "$.title")).isEqualTo("No open cycle");
		assertThat(unknown).hasStatus(400).hasContentType("application/problem+json");
		assertThat(tooLong).hasStatus(400).hasContentType("application/problem+json");
		assertThat(ownedObjectives()).isZero();
	}

	@Test
	void onlyAStewardOfTheKpiStartsARecovery() {
		Kpi kpi = fixtures.criticalTeamKpi(team, "Orders per day");
		var member = api.newPerson("Member");

		assertThat(api.post("/api/v1/kpis/" + kpi.id() + "/recovery-objective", member, Map.of("cycleId", cycle)))
			.hasStatus(403);
		assertThat(Pages.html(pages.get("/kpis/" + kpi.id() + "/objectives", member)).select(".recovery")).isEmpty();
		assertThat(ownedObjectives()).isZero();
	}

	@Test
	void theRecoveryRelationStaysAsProvenance() {
		Kpi kpi = fixtures.criticalTeamKpi(team, "Orders per day");
		long objective = ((Number) Api.read(api.post("/api/v1/kpis/" + kpi.id() + "/recovery-objective", lead,
				Map.of("cycleId", cycle)), "$.objectiveId")).longValue();

		var refused = api.delete("/api/v1/kpis/" + kpi.id() + "/objectives/" + objective, lead);

		assertThat(refused).hasStatus(409).hasContentType("application/problem+json");
		assertThat((List<?>) Api.read(api.get("/api/v1/kpis/" + kpi.id() + "/objectives", lead), "$")).hasSize(1);
	}

	@Test
	void theKpiFragmentOffersRecoveryWhileCriticalAndOpensTheDraftForRewriting() {
		Kpi kpi = fixtures.criticalTeamKpi(team, "Orders per day");
		Kpi healthy = fixtures.teamKpi(team, "Orders per hour");
		fixtures.measure(healthy, 1, "99");

		var fragment = Pages.html(pages.get("/kpis/" + kpi.id() + "/objectives", lead));
		var started = pages.post("/kpis/" + kpi.id() + "/recovery-objective", lead,
				Map.of("idempotencyKey", "recover-" + kpi.id()));
		var again = pages.post("/kpis/" + kpi.id() + "/recovery-objective", lead,
				Map.of("idempotencyKey", "recover-" + kpi.id()));

		assertThat(fragment.select(".recovery button").text()).isEqualTo("Start a recovery objective");
		assertThat(Pages.html(pages.get("/kpis/" + healthy.id() + "/objectives", lead)).select(".recovery")).isEmpty();
		assertThat(started).hasStatusOk();
		String location = started.getResponse().getHeader("HX-Redirect");
		assertThat(location).matches("/objectives/\\d+/edit");
		assertThat(again.getResponse().getHeader("HX-Redirect")).isEqualTo(location);
		assertThat((List<?>) Api.read(api.get("/api/v1/kpis/" + kpi.id() + "/objectives", lead), "$")).hasSize(1);
	}

	private long ownedObjectives() {
		return ((Number) Api.read(api.get("/api/v1/objectives?ownerTeamId=" + team, lead), "$.totalItems")).longValue();
	}
}
