package dev.lodestar.health.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationHealthPagesIntegrationTests extends PageIntegrationTest {

	@Test
	void anAdminComputesEveryTeamFromThePageAndDrillsDownFromTheHeatMapInEnglishAndChinese() {
		var lead = api.newPerson("Lead");
		long team = api.newTeam("Heat team", null, List.of(lead.personId()), List.of());
		long cycle = api.newCycle("ACTIVE", "2035-05-01", "2035-05-21");
		api.newTeamObjective(lead, cycle, team, "Grow revenue by 30%");

		assertThat(pages.get("/health?cycle=" + cycle, lead)).hasStatus(403);
		var recomputed = pages.post("/health/recompute?cycle=" + cycle, api.admin(), Map.of());
		assertThat(recomputed).hasStatus3xxRedirection();
		var page = Pages.html(pages.get(recomputed.getMvcResult().getResponse().getRedirectedUrl(), api.admin()));

		assertThat(page.select("[role=status]").text()).contains("computed again");
		assertThat(page.select("#summary-NUMBERS_IN_OBJECTIVES td.band-at_risk").text()).isNotEqualTo("0");
		// the suite's teams share the database: page through the heat map to this test's team
		var row = page.select("#heat-team-" + team);
		for (int next = 1; row.isEmpty() && next < 100; next++) {
			row = Pages.html(pages.get("/health?cycle=" + cycle + "&page=" + next, api.admin())).select("#heat-team-" + team);
		}
		assertThat(row.select("a[href='/teams/" + team + "/health?cycle=" + cycle + "']")).hasSize(1);
		assertThat(row.select("td[data-band=AT_RISK]")).isNotEmpty();
		assertThat(page.select("#health-export").attr("href")).isEqualTo("/api/v1/health/export?cycleId=" + cycle);

		var admin = api.newPerson("Hanadmin", true);
		speaksChinese(admin);
		var chinese = Pages.html(pages.get("/health?cycle=" + cycle, admin));
		assertThat(chinese.select("h1").text()).isEqualTo("组织的 OKR 健康度");
		assertThat(chinese.select("#health-summary-table th").first().text()).isEqualTo("信号");
		assertThat(chinese.select("#summary-NUMBERS_IN_OBJECTIVES th").text()).isEqualTo("目标中含数字");
	}
}
