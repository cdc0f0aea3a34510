package dev.lodestar.kpis.web;

import java.util.HashMap;
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

class KpiFormPagesIntegrationTests extends PageIntegrationTest {

	private Session lead;

	private Session member;

	private long team;

	@BeforeEach
	void aTeam() {
		lead = api.newPerson("Formlead");
		member = api.newPerson("Formmember");
		team = api.newTeam("Form team", null, List.of(lead.personId()), List.of(member.personId()));
	}

	private Map<String, String> definition(String critical) {
		Map<String, String> form = new HashMap<>(Map.of("team", String.valueOf(team), "name", "Same-day replies",
				"unit", "%", "direction", "HIGHER_IS_BETTER", "target", "100", "healthyThreshold", "90",
				"criticalThreshold", critical, "frequency", "WEEKLY", "source", "MANUAL"));
		form.put("idempotencyKey", Api.unique("define"));
		return form;
	}

	private int teamKpis() {
		return Api.<Integer>read(api.get("/api/v1/kpis?teamId=" + team, lead), "$.totalItems");
	}

	@Test
	void aLeadDefinesATeamKpiAndLandsOnItsPage() {
		var form = Pages.html(pages.get("/kpis/new?team=" + team, lead));
		assertThat(form.selectFirst("h1").text()).contains("Define a KPI for");
		assertThat(form.select("input[type=hidden][name=team]").val()).isEqualTo(String.valueOf(team));

		var answer = pages.post("/kpis/new", lead, definition("70"));

		assertThat(answer).hasStatus3xxRedirection();
		long id = Api.<Integer>read(api.get("/api/v1/kpis?teamId=" + team, lead), "$.items[0].id");
		assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/kpis/" + id);
		assertThat(teamKpis()).isEqualTo(1);
	}

	@Test
	void thresholdsInTheWrongOrderAreRefusedNextToTheFieldAndNothingIsDefined() {
		var refused = pages.post("/kpis/new", lead, definition("95"));

		assertThat(refused).hasStatus(422);
		var page = Pages.html(refused);
		assertThat(page.selectFirst("#kpi-critical-error").text()).contains("below the healthy threshold");
		assertThat(page.selectFirst("#kpi-name").val()).isEqualTo("Same-day replies");
		assertThat(teamKpis()).isZero();
	}

	@Test
	void theFormSpeaksChinese() {
		speaksChinese(lead);

		var refused = Pages.html(pages.post("/kpis/new", lead, definition("abc")));

		assertThat(refused.selectFirst("label[for=kpi-critical]").text()).isEqualTo("危急阈值");
		assertThat(refused.selectFirst("#kpi-critical-error").text()).isNotBlank().doesNotContainPattern("[a-z]{4}");
	}

	@Test
	void aLeadRevisesAKpiAndAStaleFormIsRefused() {
		long id = new KpiApi(api).teamKpi(lead, team, "Old name");
		var form = Pages.html(pages.get("/kpis/" + id + "/edit", lead));
		assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("0");
		var revision = definition("60");
		revision.put("version", "0");

		var saved = pages.post("/kpis/" + id + "/edit", lead, revision);
		var stale = pages.post("/kpis/" + id + "/edit", lead, revision);

		assertThat(saved).hasStatus3xxRedirection();
		assertThat(stale).hasStatus(422);
		assertThat(Pages.html(stale).select("[role=alert]").text()).isNotBlank();
		var shown = api.get("/api/v1/kpis/" + id, lead);
		assertThat(shown).bodyJson().extractingPath("$.name").isEqualTo("Same-day replies");
		assertThat(shown).bodyJson().extractingPath("$.version").asNumber().isEqualTo(1);
	}

	@Test
	void onlyStewardsOpenTheForms() {
		long id = new KpiApi(api).teamKpi(lead, team, "Guarded");

		assertThat(pages.get("/kpis/new?team=" + team, member)).hasStatus(403);
		assertThat(pages.get("/kpis/" + id + "/edit", member)).hasStatus(403);
		assertThat(pages.post("/kpis/new", member, definition("70"))).hasStatus(403);
		assertThat(pages.get("/kpis/new?person=" + member.personId(), member)).as("nobody sets their own targets").hasStatus(403);
		assertThat(pages.get("/kpis/new?person=" + member.personId(), lead)).hasStatusOk();
		assertThat(teamKpis()).isEqualTo(1);
	}
}
