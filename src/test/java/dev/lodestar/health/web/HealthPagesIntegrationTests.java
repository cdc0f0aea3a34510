package dev.lodestar.health.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import dev.lodestar.health.HealthWork;
import dev.lodestar.support.Api;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class HealthPagesIntegrationTests extends PageIntegrationTest {

	@Autowired
	ApplicationContext application;

	@Test
	void theTeamPageLinksItsPeopleToItsHealthWhichShowsEachSignalWithItsBandAdviceAndEvidence() {
		var lead = api.newPerson("Lead");
		var member = api.newPerson("Member");
		var outsider = api.newPerson("Outsider");
		long team = api.newTeam("Page team", null, List.of(lead.personId()), List.of(member.personId()));
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newTeamObjective(lead, cycle, team, "Grow revenue by 30%");
		assertThat(api.post("/api/v1/objectives", member, Map.of("cycleId", cycle, "ownerPersonId", member.personId(),
				"title", "Learn the pricing model", "visibility", "PRIVATE"))).hasStatus(201);

		assertThat(Pages.html(pages.get("/teams/" + team + "/health-link", member)).select("a[href='/teams/" + team + "/health']"))
			.hasSize(1);
		assertThat(Pages.html(pages.get("/teams/" + team + "/health-link", outsider)).select("a")).isEmpty();
		assertThat(pages.get("/teams/" + team + "/health", outsider)).hasStatus(403);

		HealthWork.settle(application);
		var page = Pages.html(pages.get("/teams/" + team + "/health?cycle=" + cycle, lead));
		var numbers = page.selectFirst("#signal-NUMBERS_IN_OBJECTIVES");
		assertThat(numbers.attr("data-band")).isEqualTo("AT_RISK");
		assertThat(numbers.select(".health-value strong").text()).isEqualTo("50%");
		assertThat(numbers.select(".hint").text()).contains("numbers belong in key results");
		assertThat(numbers.select(".health-trend svg title").text()).startsWith("Over the last cycles:").endsWith(": 50%");
		assertThat(numbers.select(".health-evidence a[href='/objectives/" + objective + "']").text()).isEqualTo("Grow revenue by 30%");
		var privateOnes = page.selectFirst("#signal-PRIVATE_OBJECTIVES");
		assertThat(privateOnes.select(".health-evidence li").text()).isEqualTo("a private objective");
		assertThat(page.text()).doesNotContain("Learn the pricing model");
	}

	@Test
	void theHealthPageReadsInChinese() {
		var lead = api.newPerson("Lead");
		long team = api.newTeam("Chinese team", null, List.of(lead.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");
		api.newTeamObjective(lead, cycle, team, "让客户满意");
		speaksChinese(lead);
		HealthWork.settle(application);

		var page = Pages.html(pages.get("/teams/" + team + "/health?cycle=" + cycle, lead));

		assertThat(page.select("h1").text()).startsWith("OKR 健康度");
		assertThat(page.select("#health-FORM").text()).isEqualTo("形式");
		assertThat(page.select("#signal-THIN_OBJECTIVES .badge").text()).isEqualTo("有风险");
		assertThat(page.text()).doesNotContain("Numbers in objectives");
	}

	@Test
	void aLeadComputesItAgainFromThePage() {
		var lead = api.newPerson("Lead");
		long team = api.newTeam("Recomputing team", null, List.of(lead.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");
		pages.get("/teams/" + team + "/health?cycle=" + cycle, lead);
		api.newTeamObjective(lead, cycle, team, "Grow revenue by 30%");

		var redirected = pages.post("/teams/" + team + "/health/recompute?cycle=" + cycle, lead, Map.of());

		assertThat(redirected).hasStatus3xxRedirection();
		var page = Pages.html(pages.get("/teams/" + team + "/health?cycle=" + cycle, lead));
		assertThat(page.selectFirst("#signal-NUMBERS_IN_OBJECTIVES").attr("data-band")).isEqualTo("AT_RISK");
		assertThat(Api.<List<String>>read(api.get("/api/v1/teams/" + team + "/health?cycleId=" + cycle, lead),
				"$.signals[?(@.signal == 'NUMBERS_IN_OBJECTIVES')].band")).containsExactly("AT_RISK");
	}
}
