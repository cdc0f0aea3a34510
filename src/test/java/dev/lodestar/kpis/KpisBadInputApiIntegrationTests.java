package dev.lodestar.kpis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bad KPI request is refused with a problem naming the field, and nothing changes. */
class KpisBadInputApiIntegrationTests extends ApiIntegrationTest {

	private Session lead;

	private long team;

	private long kpi;

	@BeforeEach
	void aMeasuredKpi() {
		var kpis = new KpiApi(api);
		lead = api.newPerson("Badlead");
		team = api.newTeam("Careful", null, List.of(lead.personId()), List.of());
		kpi = kpis.teamKpi(lead, team, "Careful KPI");
		kpis.measured(lead, kpi, "2026-10-12", 95);
	}

	private String snapshot() {
		return Api.body(api.get("/api/v1/kpis?teamId=" + team, lead))
				+ Api.body(api.get("/api/v1/kpis?personId=" + lead.personId(), lead))
				+ Api.body(api.get("/api/v1/kpis/" + kpi + "/measurements", lead));
	}

	private void assertRefusedUnchanged(HttpMethod method, String uri, Object body, int status, String field) {
		String before = snapshot();
		var refused = api.call(method, uri, lead, body == null ? null : api.toJson(body));
		assertThat(refused).hasStatus(status);
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		if (field != null) {
			assertThat(refused).bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
			assertThat(refused).bodyJson().extractingPath("$.errors[0].message").asString().isNotBlank();
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	private static Map<String, Object> with(Map<String, Object> definition, String field, Object value) {
		definition.put(field, value);
		return definition;
	}

	@Test
	void refusesThresholdsInTheWrongOrderForTheDirection() {
		var higher = with(KpiApi.definition("Backwards", team, null), "criticalThreshold", 95);
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/kpis", higher, 400, "criticalThreshold");
		var lower = with(KpiApi.definition("Backwards", team, null), "direction", "LOWER_IS_BETTER");
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/kpis", lower, 400, "criticalThreshold");
		var band = with(with(KpiApi.definition("Band", team, null), "direction", "WITHIN_BAND"), "healthyThreshold", -1);
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/kpis", band, 400, "criticalThreshold");
		var revision = Map.of("name", "Careful KPI", "unit", "%", "direction", "HIGHER_IS_BETTER", "target", 100,
				"healthyThreshold", 50, "criticalThreshold", 60, "frequency", "WEEKLY", "source", "MANUAL", "version", 0);
		assertRefusedUnchanged(HttpMethod.PUT, "/api/v1/kpis/" + kpi, revision, 400, "criticalThreshold");
	}

	@Test
	void refusesAMeasurementOnOrBeforeTheLatestWithoutTheCorrectionFlag() {
		String measurements = "/api/v1/kpis/" + kpi + "/measurements";
		assertRefusedUnchanged(HttpMethod.POST, measurements, Map.of("measuredOn", "2026-10-05", "value", 1), 400, "measuredOn");
		assertRefusedUnchanged(HttpMethod.POST, measurements, Map.of("measuredOn", "2026-10-12", "value", 1), 400, "measuredOn");
		assertRefusedUnchanged(HttpMethod.POST, measurements,
				Map.of("measuredOn", "2026-10-11", "value", 1, "correction", false), 400, "measuredOn");
		assertRefusedUnchanged(HttpMethod.POST, measurements, Map.of("measuredOn", "2999-01-01", "value", 1), 400, "measuredOn");
		assertRefusedUnchanged(HttpMethod.POST, measurements, Map.of("measuredOn", "2026-10-19"), 400, "value");
	}

	@Test
	void refusesAnUnknownKpi() {
		long unknown = kpi + 1_000_000;
		assertRefusedUnchanged(HttpMethod.GET, "/api/v1/kpis/" + unknown, null, 404, null);
		assertRefusedUnchanged(HttpMethod.GET, "/api/v1/kpis/" + unknown + "/measurements", null, 404, null);
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/kpis/" + unknown + "/measurements",
				Map.of("measuredOn", "2026-10-19", "value", 1), 404, null);
		var revision = Map.of("name", "Ghost", "unit", "%", "direction", "HIGHER_IS_BETTER", "target", 100,
				"healthyThreshold", 90, "criticalThreshold", 70, "frequency", "WEEKLY", "source", "MANUAL", "version", 0);
		assertRefusedUnchanged(HttpMethod.PUT, "/api/v1/kpis/" + unknown, revision, 404, null);
	}

	@Test
	void refusesAnUnknownTeamOrPersonAndNeitherOrBothOwners() {
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/kpis", KpiApi.definition("Orphan", team + 1_000_000, null), 400,
				"teamId");
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/kpis",
				KpiApi.definition("Orphan", null, lead.personId() + 1_000_000), 400, "personId");
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/kpis", KpiApi.definition("Nobody's", null, null), 400, "teamId");
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/kpis", KpiApi.definition("Everybody's", team, lead.personId()),
				400, "teamId");
	}

	@Test
	void refusesUnknownDirectionsFrequenciesAndSources() {
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/kpis",
				with(KpiApi.definition("Odd", team, null), "direction", "SIDEWAYS"), 400, "direction");
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/kpis",
				with(KpiApi.definition("Odd", team, null), "frequency", "HOURLY"), 400, "frequency");
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/kpis",
				with(KpiApi.definition("Odd", team, null), "source", "TELEPATHY"), 400, "source");
	}

	@Test
	void refusesMissingFields() {
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/kpis", with(KpiApi.definition(" ", team, null), "unit", null),
				400, "name");
		assertRefusedUnchanged(HttpMethod.POST, "/api/v1/kpis", with(KpiApi.definition("No target", team, null), "target",
				null), 400, "target");
	}
}
