package dev.lodestar.kpis.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.kpis.KpiApi;
import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class KpiBoardPagesIntegrationTests extends PageIntegrationTest {

	private KpiApi kpis;

	private Session lead;

	private Session member;

	private long team;

	@BeforeEach
	void aTeamWithAMeasuredKpi() {
		kpis = new KpiApi(api);
		lead = api.newPerson("Boardlead");
		member = api.newPerson("Boardmember");
		team = api.newTeam("Board team", null, List.of(lead.personId()), List.of(member.personId()));
	}

	@Test
	void theTeamBoardShowsEachKpiWithOwnerHealthTrendAndLastMeasurement() {
		long id = kpis.teamKpi(lead, team, "Orders shipped on time");
		kpis.measured(member, id, "2026-10-05", 95);
		kpis.measured(member, id, "2026-10-12", 60);
		long quiet = kpis.teamKpi(lead, team, "Quiet one");

		var page = Pages.html(pages.get("/teams/" + team + "/kpis", member));

		var row = page.selectFirst("tr[data-kpi=" + id + "]");
		assertThat(row.selectFirst("a[href='/kpis/" + id + "']").text()).isEqualTo("Orders shipped on time");
		assertThat(row.selectFirst("a[href='/teams/" + team + "']")).isNotNull();
		assertThat(row.selectFirst(".badge.health").text()).isEqualTo("Critical");
		var line = row.selectFirst("svg.sparkline");
		assertThat(line.selectFirst("polyline").attr("points")).isEqualTo("0,2 100,22");
		assertThat(line.selectFirst("title").text()).contains("Orders shipped on time", "95 %", "60 %");
		assertThat(line.attr("aria-label")).isEqualTo(line.selectFirst("title").text());
		assertThat(row.selectFirst("time").attr("datetime")).isEqualTo("2026-10-12");
		assertThat(row.text()).contains("60 %");
		var unmeasured = page.selectFirst("tr[data-kpi=" + quiet + "]");
		assertThat(unmeasured.selectFirst(".badge.health").text()).isEqualTo("Not measured yet");
		assertThat(unmeasured.select("svg")).isEmpty();
		assertThat(page.select("a[href='/kpis/new?team=" + team + "']")).isEmpty();
	}

	@Test
	void aLeadIsOfferedToDefineATeamKpi() {
		var page = Pages.html(pages.get("/teams/" + team + "/kpis", lead));

		assertThat(page.select("a[href='/kpis/new?team=" + team + "']")).hasSize(1);
		assertThat(page.selectFirst(".empty").text()).isEqualTo("No KPIs yet.");
	}

	@Test
	void theBoardsSpeakChinese() {
		long id = kpis.teamKpi(lead, team, "准时发货");
		kpis.measured(member, id, "2026-10-05", 95);
		speaksChinese(member);

		var page = Pages.html(pages.get("/teams/" + team + "/kpis", member));

		assertThat(page.selectFirst("h1").text()).endsWith("的 KPI");
		assertThat(page.selectFirst("tr[data-kpi=" + id + "] .badge.health").text()).isEqualTo("健康");
		assertThat(page.selectFirst("th").text()).isEqualTo("KPI");
		assertThat(page.selectFirst("tr[data-kpi=" + id + "] svg title").text()).contains("趋势");
	}

	@Test
	void thePersonBoardAndTheOrganisationBoardShowAPersonsKpi() {
		long id = kpis.personKpi(lead, member.personId(), Api.unique("Aaa reviews written"));
		kpis.measured(member, id, "2026-10-05", 80);

		var mine = Pages.html(pages.get("/people/" + member.personId() + "/kpis", lead));
		var organisation = Pages.html(pages.get("/kpis?page=0", lead));

		assertThat(mine.selectFirst("tr[data-kpi=" + id + "] a[href='/people/" + member.personId() + "']")).isNotNull();
		assertThat(mine.selectFirst("tr[data-kpi=" + id + "] .badge.health").text()).isEqualTo("Warning");
		assertThat(mine.select("a[href='/kpis/new?person=" + member.personId() + "']")).hasSize(1);
		assertThat(organisation.selectFirst("nav a[href='/kpis']").attr("aria-current")).isEqualTo("page");
		assertThat(organisation.select("table.kpi-board tbody tr")).isNotEmpty();
	}

	@Test
	void theTeamAndPersonPagesLinkTheirBoards() {
		assertThat(Pages.html(pages.get("/teams/" + team, member)).select("a[href='/teams/" + team + "/kpis']")).hasSize(1);
		assertThat(Pages.html(pages.get("/people/" + member.personId(), lead))
			.select("a[href='/people/" + member.personId() + "/kpis']")).hasSize(1);
	}

	@Test
	void theBoardsIssueAsManyStatementsForManyKpisAsForFew() {
		fill(2);
		int few = statementsOfTheBoards();
		fill(5);
		int many = statementsOfTheBoards();

		assertThat(many).isEqualTo(few);
	}

	private void fill(int count) {
		for (int i = 0; i < count; i++) {
			long teamKpi = kpis.teamKpi(lead, team, Api.unique("A team KPI"));
			long personKpi = kpis.personKpi(lead, member.personId(), Api.unique("A personal KPI"));
			for (long id : List.of(teamKpi, personKpi)) {
				kpis.measured(member, id, "2026-10-05", 50 + i);
				kpis.measured(member, id, "2026-10-12", 90 + i);
			}
		}
	}

	private int statementsOfTheBoards() {
		int total = 0;
		for (String path : List.of("/kpis", "/teams/" + team + "/kpis", "/people/" + member.personId() + "/kpis")) {
			assertThat(pages.get(path, member)).hasStatusOk();
			statements.reset();
			assertThat(pages.get(path, member)).hasStatusOk();
			total += statements.count();
		}
		return total;
	}
}
