package dev.lodestar.kpis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class KpisApiIntegrationTests extends ApiIntegrationTest {

	private KpiApi kpis;

	private Session lead;

	private Session member;

	private long team;

	@BeforeEach
	void aTeamWithALeadAndAMember() {
		kpis = new KpiApi(api);
		lead = api.newPerson("Kpilead");
		member = api.newPerson("Kpimember");
		team = api.newTeam("Support", null, List.of(lead.personId()), List.of(member.personId()));
	}

	@Test
	void aLeadDefinesATeamKpiThatStartsUnmeasured() {
		var created = api.post("/api/v1/kpis", lead, KpiApi.definition("First reply within a day", team, null));

		assertThat(created).hasStatus(201);
		long id = Api.id(created);
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/kpis/" + id);
		var shown = api.get("/api/v1/kpis/" + id, member);
		assertThat(shown).hasStatusOk();
		assertThat(shown).bodyJson().extractingPath("$.name").isEqualTo("First reply within a day");
		assertThat(shown).bodyJson().extractingPath("$.teamId").asNumber().isEqualTo((int) team);
		assertThat(shown).bodyJson().extractingPath("$.source").isEqualTo("MANUAL");
		assertThat(shown).bodyJson().extractingPath("$.health").isEqualTo("UNKNOWN");
		assertThat(shown).bodyJson().extractingPath("$.version").asNumber().isEqualTo(0);
	}

	@Test
	void aRetriedDefinitionWithTheSameKeyDefinesOneKpi() {
		var definition = KpiApi.definition(Api.unique("Retried"), team, null);
		var first = api.post("/api/v1/kpis", lead, definition, "Idempotency-Key", "kpi-retry-" + team);
		var again = api.post("/api/v1/kpis", lead, definition, "Idempotency-Key", "kpi-retry-" + team);

		assertThat(again).hasStatus(201);
		assertThat(again.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(Api.id(again)).isEqualTo(Api.id(first));
		assertThat(api.get("/api/v1/kpis?teamId=" + team, lead)).bodyJson().extractingPath("$.totalItems").asNumber()
			.isEqualTo(1);
	}

	@Test
	void measurementsMoveTheHealthAndTheSeriesKeepsOnePerDay() {
		long id = kpis.teamKpi(lead, team, "Tickets solved");
		kpis.measured(member, id, "2026-10-05", 95);
		kpis.measured(member, id, "2026-10-12", 80);
		assertThat(api.get("/api/v1/kpis/" + id, lead)).bodyJson().extractingPath("$.health").isEqualTo("WARNING");

		var corrected = kpis.measure(lead, id, "2026-10-12", 60, true);

		assertThat(corrected).hasStatus(201);
		assertThat(corrected).bodyJson().extractingPath("$.correction").isEqualTo(true);
		var shown = api.get("/api/v1/kpis/" + id, lead);
		assertThat(shown).bodyJson().extractingPath("$.health").isEqualTo("CRITICAL");
		assertThat(Api.<Object>read(shown, "$.latest.value").toString()).isEqualTo("60");
		assertThat(shown).bodyJson().extractingPath("$.recent[*].measuredOn").asArray()
			.containsExactly("2026-10-05", "2026-10-12");
		var series = api.get("/api/v1/kpis/" + id + "/measurements", member);
		assertThat(series).hasStatusOk();
		assertThat(Api.<List<Object>>read(series, "$[*].value")).map(Object::toString).containsExactly("95", "60");
	}

	@Test
	void aRetriedMeasurementWithTheSameKeyIsRecordedOnce() {
		long id = kpis.teamKpi(lead, team, "Backlog");
		var body = Map.of("measuredOn", "2026-10-05", "value", 91);
		var first = api.post("/api/v1/kpis/" + id + "/measurements", member, body, "Idempotency-Key", "m-" + id);
		var again = api.post("/api/v1/kpis/" + id + "/measurements", member, body, "Idempotency-Key", "m-" + id);

		assertThat(first).hasStatus(201);
		assertThat(again).hasStatus(201);
		assertThat(Api.id(again)).isEqualTo(Api.id(first));
		assertThat(api.get("/api/v1/kpis/" + id + "/measurements", member)).bodyJson().extractingPath("$.length()")
			.asNumber().isEqualTo(1);
	}

	@Test
	void aLeadRevisesWithTheVersionReadAndAStaleVersionIsRefused() {
		long id = kpis.teamKpi(lead, team, "Uptime");
		var revision = Map.<String, Object>of("name", "Uptime in minutes", "unit", "min", "direction", "LOWER_IS_BETTER",
				"target", 10, "healthyThreshold", 15, "criticalThreshold", 60, "frequency", "MONTHLY", "source", "API",
				"version", 0);

		var revised = api.put("/api/v1/kpis/" + id, lead, revision);
		var stale = api.put("/api/v1/kpis/" + id, lead, revision);

		assertThat(revised).hasStatusOk();
		assertThat(revised).bodyJson().extractingPath("$.version").asNumber().isEqualTo(1);
		assertThat(revised).bodyJson().extractingPath("$.direction").isEqualTo("LOWER_IS_BETTER");
		assertThat(revised).bodyJson().extractingPath("$.source").isEqualTo("API");
		assertThat(stale).hasStatus(409);
		assertThat(api.get("/api/v1/kpis/" + id, lead)).bodyJson().extractingPath("$.version").asNumber().isEqualTo(1);
		var history = api.get("/api/v1/history?subjectType=KPI&subjectId=" + id, api.admin());
		assertThat(Api.<List<String>>read(history, "$.items[*].action")).containsExactly("UPDATED", "CREATED");
		assertThat(Api.<List<Object>>read(history, "$.items[0].changes[?(@.field == 'target')].before")).containsExactly(100);
		assertThat(Api.<List<Object>>read(history, "$.items[0].changes[?(@.field == 'target')].after")).containsExactly(10);
		assertThat(Api.<Number>read(history, "$.items[0].actorId").longValue()).isEqualTo(lead.personId());
	}

	@Test
	void onlyStewardsDefineAndReviseAndOnlyMeasurersMeasure() {
		var outsider = api.newPerson("Outsider");
		long id = kpis.teamKpi(lead, team, "Guarded");

		assertThat(api.post("/api/v1/kpis", member, KpiApi.definition("Not mine", team, null))).hasStatus(403);
		assertThat(kpis.measure(outsider, id, "2026-10-05", 1, false)).hasStatus(403);
		assertThat(api.get("/api/v1/kpis/" + id, outsider)).hasStatusOk();
		assertThat(api.get("/api/v1/kpis/" + id + "/measurements", outsider)).bodyJson().extractingPath("$.length()")
			.asNumber().isEqualTo(0);
	}

	@Test
	void theBoardFiltersByTeamOrPerson() {
		long teamKpi = kpis.teamKpi(lead, team, "Team one");
		long personKpi = kpis.personKpi(lead, member.personId(), "Mine");

		assertThat(api.get("/api/v1/kpis?teamId=" + team, member)).bodyJson().extractingPath("$.items[*].id").asArray()
			.containsExactly((int) teamKpi);
		assertThat(api.get("/api/v1/kpis?personId=" + member.personId(), lead)).bodyJson().extractingPath("$.items[*].id")
			.asArray().containsExactly((int) personKpi);
		assertThat(organisationBoard()).contains(teamKpi, personKpi);
		assertThat(api.get("/api/v1/kpis?teamId=" + team + "&personId=" + member.personId(), lead)).hasStatus(400);
	}

	@Test
	void theBoardIssuesAsManyStatementsForManyKpisAsForFew() {
		fill(2);
		int few = boardStatements();
		fill(6);
		int many = boardStatements();

		assertThat(many).isEqualTo(few);
	}

	private void fill(int count) {
		for (int i = 0; i < count; i++) {
			long id = kpis.teamKpi(lead, team, Api.unique("Aa board"));
			kpis.measured(member, id, "2026-10-05", 50 + i);
			kpis.measured(member, id, "2026-10-12", 90 + i);
		}
	}

	private int boardStatements() {
		int total = 0;
		for (String uri : List.of("/api/v1/kpis", "/api/v1/kpis?teamId=" + team)) {
			assertThat(api.get(uri, member)).hasStatusOk();
			statements.reset();
			assertThat(api.get(uri, member)).hasStatusOk();
			total += statements.count();
		}
		return total;
	}

	/** Every KPI id on the organisation board, page by page: other tests' KPIs share the database. */
	private List<Long> organisationBoard() {
		List<Long> ids = new java.util.ArrayList<>();
		long pages = 1;
		for (int page = 0; page < pages; page++) {
			var board = api.get("/api/v1/kpis?size=200&page=" + page, lead);
			assertThat(board).hasStatusOk();
			Api.<List<Number>>read(board, "$.items[*].id").forEach(id -> ids.add(id.longValue()));
			pages = Api.<Number>read(board, "$.totalPages").longValue();
		}
		return ids;
	}
}
