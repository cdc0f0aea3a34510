package dev.lodestar.kpis.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.kpis.KpiApi;
import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class KpiPagesIntegrationTests extends PageIntegrationTest {

	private KpiApi kpis;

	private Session lead;

	private Session member;

	private long team;

	private long kpi;

	@BeforeEach
	void aMeasuredTeamKpi() {
		kpis = new KpiApi(api);
		lead = api.newPerson("Pagelead");
		member = api.newPerson("Pagemember");
		team = api.newTeam("Page team", null, List.of(lead.personId()), List.of(member.personId()));
		kpi = kpis.teamKpi(lead, team, "Calls answered");
		kpis.measured(member, kpi, "2026-10-05", 95);
		kpis.measured(member, kpi, "2026-10-12", 92);
	}

	private Map<String, String> measurement(String day, String value, boolean correction) {
		return Map.of("measuredOn", day, "value", value, "correction", String.valueOf(correction), "note", "",
				"idempotencyKey", Api.unique("key"));
	}

	@Test
	void theKpiPageShowsDefinitionHealthChartTableAndTheObjectivesSlot() {
		var page = Pages.html(pages.get("/kpis/" + kpi, member));

		assertThat(page.selectFirst("h1").text()).isEqualTo("Calls answered");
		assertThat(page.selectFirst(".kpi-definition").text()).contains("Higher is better", "at or above 90 %", "below 70 %",
				"Weekly", "Entered by hand");
		assertThat(page.selectFirst("#kpi-measurements .badge.health").text()).isEqualTo("Healthy");
		String chart = page.selectFirst("[data-kpi-chart]").attr("data-kpi-chart");
		assertThat(chart).contains("[\"2026-10-05\",95]", "[\"2026-10-12\",92]", "\"label\":\"Target\",\"value\":100",
				"\"label\":\"Healthy\",\"value\":90", "\"label\":\"Critical\",\"value\":70");
		assertThat(page.select("#kpi-series tbody tr").eachAttr("data-day")).containsExactly("2026-10-12", "2026-10-05");
		assertThat(page.select("div[hx-get='/kpis/" + kpi + "/objectives'][hx-trigger=load]")).hasSize(1);
		assertThat(page.select("#kpi-measure-form")).hasSize(1);
		assertThat(page.select("a[href='/kpis/" + kpi + "/edit']")).isEmpty();
	}

	@Test
	void aMeasurementThroughTheFormUpdatesHealthAndChart() {
		var answer = pages.post("/kpis/" + kpi + "/measurements", member, measurement("2026-10-19", "50", false),
				"HX-Request", "true");

		assertThat(answer).hasStatusOk();
		assertThat(answer.getResponse().getHeader("HX-Trigger")).isEqualTo("kpi-measured-" + kpi);
		var part = Pages.html(answer);
		assertThat(part.selectFirst("#kpi-measurements .badge.health").text()).isEqualTo("Critical");
		assertThat(part.selectFirst("[data-kpi-chart]").attr("data-kpi-chart")).contains("[\"2026-10-19\",50]");
		assertThat(part.selectFirst("#kpi-recorded")).isNotNull();
		assertThat(part.selectFirst("#kpi-value").val()).isEmpty();
		assertThat(api.get("/api/v1/kpis/" + kpi, lead)).bodyJson().extractingPath("$.health").isEqualTo("CRITICAL");
	}

	@Test
	void aDayBeforeTheLatestIsRefusedNextToTheDayUnlessItIsACorrection() {
		var refused = pages.post("/kpis/" + kpi + "/measurements", member, measurement("2026-10-05", "10", false),
				"HX-Request", "true");

		assertThat(refused).hasStatus(422);
		var part = Pages.html(refused);
		assertThat(part.selectFirst("#kpi-measured-on-error").text()).contains("after the latest measured day");
		assertThat(part.selectFirst("#kpi-measured-on").attr("aria-invalid")).isEqualTo("true");
		assertThat(part.selectFirst("#kpi-value").val()).isEqualTo("10");
		assertThat(Api.<List<Object>>read(api.get("/api/v1/kpis/" + kpi + "/measurements", lead), "$[*].value"))
			.map(Object::toString).containsExactly("95", "92");

		assertThat(pages.post("/kpis/" + kpi + "/measurements", member, measurement("2026-10-05", "10", true),
				"HX-Request", "true")).as("only a steward corrects").hasStatus(403);
		var corrected = pages.post("/kpis/" + kpi + "/measurements", lead, measurement("2026-10-05", "10", true),
				"HX-Request", "true");

		assertThat(corrected).hasStatusOk();
		assertThat(Pages.html(corrected).select("#kpi-series tbody tr[data-day=2026-10-05] .badge")).hasSize(1);
	}

	@Test
	void aValueThatIsNotANumberIsRefusedInChinese() {
		speaksChinese(member);

		var refused = pages.post("/kpis/" + kpi + "/measurements", member, measurement("2026-10-19", "abc", false),
				"HX-Request", "true");

		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).selectFirst("#kpi-value-error").text()).isNotBlank().doesNotContainPattern("[a-z]{4}");
		var page = Pages.html(pages.get("/kpis/" + kpi, member));
		assertThat(page.selectFirst("#kpi-measurements .badge.health").text()).isEqualTo("健康");
		assertThat(page.selectFirst("label[for=kpi-measured-on]").text()).isEqualTo("日期");
	}

	@Test
	void withoutScriptsTheFormComesBackToThePage() {
		var answer = pages.post("/kpis/" + kpi + "/measurements", member, measurement("2026-10-19", "91", false));

		assertThat(answer).hasStatus3xxRedirection();
		assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/kpis/" + kpi);
	}

	@Test
	void peopleWhoMayNotMeasureSeeNoFormAndAPushedKpiSaysSo() {
		var outsider = api.newPerson("Onlooker");
		var definition = KpiApi.definition("Pushed", team, null);
		definition.put("source", "API");
		long pushed = kpis.define(lead, definition);

		var read = Pages.html(pages.get("/kpis/" + kpi, outsider));
		var pushedPage = Pages.html(pages.get("/kpis/" + pushed, lead));

		assertThat(read.select("#kpi-measure-form")).isEmpty();
		assertThat(read.select("#kpi-series tbody tr")).hasSize(2);
		assertThat(pushedPage.select("#kpi-measure-form")).isEmpty();
		assertThat(pushedPage.selectFirst("#kpi-pushed").text()).contains("/api/v1/kpis/" + pushed + "/measurements");
		assertThat(pushedPage.select("a[href='/kpis/" + pushed + "/edit']")).hasSize(1);
	}

	@Test
	void anUnknownKpiTeamOrPersonIsNotFound() {
		assertThat(pages.get("/kpis/" + (kpi + 1_000_000), member)).hasStatus(404);
		assertThat(pages.get("/teams/" + (team + 1_000_000) + "/kpis", member)).hasStatus(404);
		assertThat(pages.get("/people/" + (member.personId() + 1_000_000) + "/kpis", member)).hasStatus(404);
		assertThat(pages.post("/kpis/" + (kpi + 1_000_000) + "/measurements", member, measurement("2026-10-19", "1", false),
				"HX-Request", "true")).hasStatus(404);
	}

	@Test
	void theKpiPageIssuesAsManyStatementsForALongSeriesAsForAShortOne() {
		int few = statementsOfThePage();
		for (int day = 13; day < 30; day++) {
			kpis.measured(member, kpi, "2026-10-" + day, day);
		}
		int many = statementsOfThePage();

		assertThat(many).isEqualTo(few);
	}

	/** After one uncounted look, so that nothing done once per application (or still settling) is counted. */
	private int statementsOfThePage() {
		assertThat(pages.get("/kpis/" + kpi, member)).hasStatusOk();
		statements.reset();
		assertThat(pages.get("/kpis/" + kpi, member)).hasStatusOk();
		return statements.count();
	}
}
