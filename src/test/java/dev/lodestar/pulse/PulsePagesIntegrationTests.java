package dev.lodestar.pulse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/** The pulse on pages: opened by an admin, announced on the home page, answered once, charted beside OKR health. */
class PulsePagesIntegrationTests extends ApiIntegrationTest {

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	private static Map<String, String> form(int each) {
		Map<String, String> form = new HashMap<>();
		for (PulseQuestion question : PulseQuestion.values()) {
			form.put(question.name(), String.valueOf(each));
		}
		return form;
	}

	@Test
	void anAdminOpensAPulseThatPeopleAnswerOnceFromTheHomePage() {
		long cycle = api.newCycle("ACTIVE");
		var person = api.newPerson("PagePulse");
		assertThat(pages.get("/admin/pulses", person)).hasStatus(403);
		var refused = pages.post("/admin/pulses", api.admin(), Map.of("cycleId", ""));
		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#pulse-cycle-error").text()).isNotBlank();
		var opened = pages.post("/admin/pulses", api.admin(), Map.of("cycleId", String.valueOf(cycle)));
		assertThat(opened).hasStatus(302).hasRedirectedUrl("/admin/pulses?done=opened");
		var admin = Pages.html(pages.get("/admin/pulses", api.admin()));
		long pulse = Long.parseLong(admin.select("#pulse-list tbody tr").first().attr("data-pulse"));
		assertThat(admin.select("#pulse-close-" + pulse)).hasSize(1);
		assertThat(admin.select("nav.admin-nav a[href='/admin/pulses']")).hasSize(1);

		var notice = Pages.html(pages.get("/home/pulse-notice", person));
		assertThat(notice.select("#pulse-notice a[href='/pulse']").text()).contains("motivation pulse");
		assertThat(Pages.html(pages.get("/pulse", person)).select("#pulse-form fieldset")).hasSize(9);

		Map<String, String> incomplete = form(4);
		incomplete.remove(PulseQuestion.COMPETENCE_STRETCH.name());
		var missing = pages.post("/pulse/" + pulse + "/answers", person, incomplete);
		assertThat(missing).hasStatus(422);
		var again = Pages.html(missing);
		assertThat(again.select("#pulse-COMPETENCE_STRETCH-error").text()).isEqualTo("needs an answer from 1 to 5");
		assertThat(again.select("input[name=AUTONOMY_CHOOSE][value=4]").attr("checked")).isNotNull();
		assertThat(pages.post("/pulse/" + pulse + "/answers", person, form(4))).hasStatus(302)
			.hasRedirectedUrl("/pulse?done=answered");
		assertThat(Pages.html(pages.get("/pulse", person)).select("#pulse-answered")).hasSize(1);
		assertThat(pages.post("/pulse/" + pulse + "/answers", person, form(2))).hasStatus(409);
		assertThat(Pages.html(pages.get("/home/pulse-notice", person)).select("#pulse-notice a")).isEmpty();

		assertThat(pages.post("/admin/pulses/" + pulse + "/close", api.admin(), Map.of())).hasStatus(302);
		assertThat(Pages.html(pages.get("/admin/pulses", api.admin())).select("#pulse-close-" + pulse)).isEmpty();
	}

	@Test
	void theTeamsChartSaysNotEnoughAnswersYetUntilFiveAnsweredInBothLanguages() {
		var people = List.of(api.newPerson("Charted0"), api.newPerson("Charted1"), api.newPerson("Charted2"),
				api.newPerson("Charted3"), api.newPerson("Charted4"));
		long team = api.newTeam("Charted team", null, List.of(), people.stream().map(Api.Session::personId).toList());
		api.speaksChinese(people.get(1));
		long fourCycle = api.newCycle("ACTIVE");
		long four = Api.id(api.post("/api/v1/pulses", api.admin(), Map.of("cycleId", fourCycle)));
		for (int i = 0; i < 4; i++) {
			assertThat(pages.post("/pulse/" + four + "/answers", people.get(i), form(4))).hasStatus(302);
		}
		api.post("/api/v1/pulses/" + four + "/close", api.admin(), null);
		long fiveCycle = api.newCycle("ACTIVE");
		long five = Api.id(api.post("/api/v1/pulses", api.admin(), Map.of("cycleId", fiveCycle)));
		for (int i = 0; i < 5; i++) {
			assertThat(pages.post("/pulse/" + five + "/answers", people.get(i), form(i == 4 ? 5 : 4))).hasStatus(302);
		}
		String chart = "/teams/" + team + "/pulse/chart";
		assertThat(Pages.html(pages.get(chart, people.get(0))).select("#pulse-results tr[data-cycle=" + fiveCycle + "] td").text())
			.isEqualTo("Shown once the pulse closes.");
		api.post("/api/v1/pulses/" + five + "/close", api.admin(), null);

		var page = Pages.html(pages.get(chart, people.get(0)));
		assertThat(page.select("#pulse-results tr[data-cycle=" + fourCycle + "] td").text())
			.isEqualTo("Not enough answers yet: 1 more needed.");
		assertThat(Pages.html(pages.get(chart, people.get(1))).select("#pulse-results tr[data-cycle=" + fourCycle + "] td").text())
			.isEqualTo("回答还不够：还需要 1 人。");
		assertThat(Pages.html(pages.get(chart, api.newPerson("Stranger"))).select("section")).isEmpty();
		assertThat(page.select("#pulse-results tr[data-cycle=" + fiveCycle + "] td").eachText()).containsExactly("4.2", "4.2", "4.2");
		assertThat(page.select("[data-pulse-chart]").attr("data-pulse-chart")).contains("\"means\":[");
		var organisation = Pages.html(pages.get("/pulse/chart", people.get(1)));
		assertThat(organisation.select("#pulse-results-heading").text()).isEqualTo("组织的动力脉搏");
	}

	@Test
	void theHealthPagesLoadThePulseChartByItsAddressOnly() {
		var person = api.newPerson("HealthPulse");
		long team = api.newTeam("Health pulse team", null, List.of(person.personId()), List.of());
		api.newCycle("ACTIVE");

		var teamHealth = Pages.html(pages.get("/teams/" + team + "/health", person));
		var organisationHealth = Pages.html(pages.get("/health", api.admin()));

		assertThat(teamHealth.select("div[hx-get='/teams/" + team + "/pulse/chart']")).hasSize(1);
		assertThat(organisationHealth.select("div[hx-get='/pulse/chart']")).hasSize(1);
	}

	@Test
	void theAdminPageRefusesASecondOpenPulseNextToTheCycleInBothLanguages() {
		long open = Api.id(api.post("/api/v1/pulses", api.admin(), Map.of("cycleId", api.newCycle("ACTIVE"))));
		String next = String.valueOf(api.newCycle("ACTIVE"));

		var english = pages.post("/admin/pulses", api.admin(), Map.of("cycleId", next, "idempotencyKey", Api.unique("open")));
		assertThat(english).hasStatus(422);
		assertThat(Pages.html(english).select("#pulse-cycle-error").text())
			.isEqualTo("A pulse is open already: close it before opening the next, as only one pulse can be answered at a time.");
		var chineseAdmin = api.newPerson("PulseAdminZh", true);
		api.speaksChinese(chineseAdmin);
		var chinese = pages.post("/admin/pulses", chineseAdmin, Map.of("cycleId", next, "idempotencyKey", Api.unique("open")));
		assertThat(chinese).hasStatus(422);
		assertThat(Pages.html(chinese).select("#pulse-cycle-error").text()).startsWith("已有一个脉搏调查处于开启状态");

		api.post("/api/v1/pulses/" + open + "/close", api.admin(), null);
		assertThat(pages.post("/admin/pulses", api.admin(), Map.of("cycleId", next, "idempotencyKey", Api.unique("open"))))
			.hasStatus(302);
		long opened = Api.<Integer>read(api.get("/api/v1/pulses/current", api.admin()), "$.pulse.id");
		api.post("/api/v1/pulses/" + opened + "/close", api.admin(), null);
	}
}
