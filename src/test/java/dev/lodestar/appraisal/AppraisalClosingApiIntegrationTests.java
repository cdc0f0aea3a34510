package dev.lodestar.appraisal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A closed period keeps its results as they were: later corrections, targets and templates change nothing. */
class AppraisalClosingApiIntegrationTests extends ApiIntegrationTest {

	@Autowired
	private BeanFactory beans;

	private AppraisalFixtures fixtures;

	private Api.Session admin;

	@BeforeEach
	void fixtures() {
		fixtures = new AppraisalFixtures(api, beans);
		admin = api.scoped(api.admin(), "APPRAISAL");
	}

	@Test
	void aClosedPeriodsResultAndExportStayAsTheyWereWhateverHappensToTheKpisAndTheTemplate() {
		var member = api.newPerson("Concluded");
		long team = api.newTeam("Concluded", null, List.of(), List.of(member.personId()));
		long orders = fixtures.kpi("Orders", "100");
		fixtures.measure(orders, "2026-02-01", "80");
		long period = fixtures.period();
		long template = fixtures.template("TEAM_MEMBERS", null, team, orders, 100);
		String result = "/api/v1/appraisal/periods/" + period + "/results/" + member.personId();
		String csv = "/api/v1/appraisal/periods/" + period + "/export?format=csv";
		String exportedBefore = Api.body(api.get(csv, admin));

		var closed = api.post("/api/v1/appraisal/periods/" + period + "/close", admin, Map.of("version", 0));

		assertThat(closed).hasStatusOk().bodyJson().extractingPath("$.closedAt").isNotNull();
		fixtures.correct(orders, "2026-02-01", "20");
		long other = fixtures.kpi("Other", "10");
		assertThat(api.put("/api/v1/appraisal/templates/" + template, admin, Map.of("name", "Changed", "appliesTo",
				"TEAM_MEMBERS", "teamId", team, "items", List.of(Map.of("kpiId", other, "weight", 100)), "version", 0)))
			.hasStatusOk();
		var kept = api.get(result, api.scoped(member, "APPRAISAL"));
		assertThat(((Number) Api.read(kept, "$.weightedAttainment")).doubleValue()).isEqualTo(80.0);
		assertThat(((Number) Api.read(kept, "$.lines[0].value")).doubleValue()).isEqualTo(80.0);
		assertThat(((Number) Api.read(kept, "$.lines[0].kpiId")).longValue()).isEqualTo(orders);
		assertThat(Api.body(api.get(csv, admin))).isEqualTo(exportedBefore).contains(",80,");
		var open = fixtures.period();
		assertThat(((Number) Api.read(api.get("/api/v1/appraisal/periods/" + open + "/results/" + member.personId(), admin),
				"$.lines[0].kpiId")).longValue()).as("an open period follows the template").isEqualTo(other);
	}

	@Test
	void closingTwiceOrFromAStaleVersionIsRefusedAndAClosedPeriodKeepsItsDatesButNotItsAssessments() {
		var lead = api.newPerson("Closinglead");
		var member = api.newPerson("Closingmember");
		long team = api.newTeam("Closing", null, List.of(lead.personId()), List.of(member.personId()));
		long period = fixtures.period();
		fixtures.template("TEAM_MEMBERS", null, team, fixtures.kpi("Calls", "10"), 100);
		String close = "/api/v1/appraisal/periods/" + period + "/close";

		assertThat(api.post(close, admin, Map.of("version", 7))).hasStatus(409);
		assertThat(api.post(close, api.scoped(lead, "APPRAISAL"), Map.of("version", 0))).hasStatus(403);
		assertThat(api.post(close, admin, Map.of())).hasStatus(400);
		assertThat(api.post(close, admin, Map.of("version", 0))).hasStatusOk();
		var again = api.post(close, admin, Map.of("version", 1));
		assertThat(again).hasStatus(409);
		assertThat(Api.<String>read(again, "$.detail")).contains("is closed");
		assertThat(api.put("/api/v1/appraisal/periods/" + period, admin, Map.of("name", "Moved", "startsOn", "2026-01-01",
				"endsOn", "2026-06-30", "version", 1))).hasStatus(409);
		assertThat(api.put("/api/v1/appraisal/periods/" + period + "/results/" + member.personId() + "/assessment",
				api.scoped(lead, "APPRAISAL"), Map.of("assessment", "Written after closing.", "version", 0))).hasStatusOk();
		assertThat(Api.<String>read(api.get("/api/v1/appraisal/periods/" + period + "/results/" + member.personId(),
				admin), "$.assessment.text")).isEqualTo("Written after closing.");
	}

	@Test
	void aClosedPeriodsResultsTakeTheSameNumberOfStatementsForFewOrManyPeople() {
		long fewPeriod = closedPeriodAfterATeamOf(2);
		int few = resultStatements(fewPeriod);
		long manyPeriod = closedPeriodAfterATeamOf(10);
		int many = resultStatements(manyPeriod);

		assertThat(Api.<List<Object>>read(api.get("/api/v1/appraisal/periods/" + manyPeriod + "/results", admin), "$"))
			.hasSizeGreaterThan(Api.<List<Object>>read(api.get("/api/v1/appraisal/periods/" + fewPeriod + "/results", admin), "$").size());
		assertThat(many).isEqualTo(few);
	}

	private long closedPeriodAfterATeamOf(int members) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < members; i++) {
			ids.add(api.newPerson("Closedcount").personId());
		}
		long team = api.newTeam("Closedcount", null, List.of(), ids);
		long kpi = fixtures.kpi("Closedcount", "10");
		fixtures.measure(kpi, "2026-02-01", "5");
		fixtures.template("TEAM_MEMBERS", null, team, kpi, 100);
		long period = fixtures.period();
		assertThat(api.post("/api/v1/appraisal/periods/" + period + "/close", admin, Map.of("version", 0))).hasStatusOk();
		return period;
	}

	private int resultStatements(long period) {
		statements.reset();
		assertThat(api.get("/api/v1/appraisal/periods/" + period + "/results", admin)).hasStatusOk();
		return statements.count();
	}
}
