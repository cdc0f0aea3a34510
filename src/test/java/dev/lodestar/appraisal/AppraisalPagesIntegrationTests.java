package dev.lodestar.appraisal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;

import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.support.Api;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class AppraisalPagesIntegrationTests extends PageIntegrationTest {

	@Autowired
	private BeanFactory beans;

	private AppraisalFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new AppraisalFixtures(api, beans);
	}

	@Test
	void everyAppraisalScreenSaysOkrScoresAreNeverUsedAndLinksThePolicyInEnglishAndChinese() {
		var admin = api.newPerson("Firewalled", true);
		long period = fixtures.period();
		long kpi = fixtures.kpi("Walls", "10");
		long template = fixtures.template("PERSON", admin.personId(), null, kpi, 100);
		List<String> screens = List.of("/appraisal", "/appraisal/periods/new", "/appraisal/periods/" + period + "/edit",
				"/appraisal/periods/" + period, "/appraisal/periods/" + period + "/people/" + admin.personId(),
				"/appraisal/templates", "/appraisal/templates/new", "/appraisal/templates/" + template);

		for (String screen : screens) {
			var page = Pages.html(pages.get(screen, admin));
			assertThat(page.select("#firewall-notice").text()).as(screen).startsWith("OKR scores are never used in appraisal.");
			assertThat(page.select("#firewall-notice a[href=/appraisal/policy]")).as(screen).hasSize(1);
		}
		speaksChinese(admin);
		for (String screen : screens) {
			var page = Pages.html(pages.get(screen, admin));
			assertThat(page.select("#firewall-notice").text()).as(screen).startsWith("OKR 评分从不用于绩效考核。");
			assertThat(page.select("#firewall-notice a[href=/appraisal/policy]")).as(screen).hasSize(1);
		}
	}

	@Test
	void thePolicyExplainsWhyAndThatNoSettingOrTokenJoinsScoresAndAppraisalInBothLanguages() {
		var reader = api.newPerson("Policyreader");

		var english = Pages.html(pages.get("/appraisal/policy", reader));
		assertThat(english.select("h1").text()).isEqualTo("Why OKR scores are never used in appraisal");
		assertThat(english.select("#policy-sandbag").text()).contains("conservative targets");
		assertThat(english.select("#policy-kpi").text()).contains("10 OKRs, 9 KPIs");
		assertThat(english.select("#policy-no-setting").text()).contains("no setting");
		assertThat(english.select("#policy-tokens").text()).contains("scope OKR").contains("scope APPRAISAL");
		assertThat(Pages.html(pages.get("/", reader)).select("footer a#appraisal-policy-link[href=/appraisal/policy]")).hasSize(1);
		assertThat(Pages.html(pages.get("/", reader)).select("nav a[href=/appraisal]")).hasSize(1);

		speaksChinese(reader);
		var chinese = Pages.html(pages.get("/appraisal/policy", reader));
		assertThat(chinese.select("h1").text()).isEqualTo("为什么 OKR 评分从不用于绩效考核");
		assertThat(chinese.select("#policy-sandbag").text()).contains("保守目标");
		assertThat(chinese.select("#policy-kpi").text()).contains("10 个 OKR，9 个 KPI");
		assertThat(chinese.select("#policy-no-setting").text()).contains("没有任何设置");
		assertThat(chinese.select("#policy-tokens").text()).contains("范围为 OKR").contains("范围为 APPRAISAL");
	}

	@Test
	void aPersonFindsTheirResultWithEachKpiAndTheFormulaWrittenOut() {
		var member = api.newPerson("Resulted");
		long team = api.newTeam("Resulting", null, List.of(), List.of(member.personId()));
		long orders = fixtures.kpi("Orders", "100");
		long unmeasured = fixtures.kpi("Refunds", "10");
		fixtures.measure(orders, "2026-02-10", "90");
		long period = fixtures.period();
		fixtures.template("TEAM_MEMBERS", null, team, orders, 60, unmeasured, 40);

		var index = Pages.html(pages.get("/appraisal", member));
		String link = index.select("#period-" + period + " a.my-result").attr("href");
		assertThat(link).isEqualTo("/appraisal/periods/" + period + "/people/" + member.personId());
		assertThat(index.select("#period-" + period + " a.all-results")).isEmpty();
		var page = Pages.html(pages.get(link, member));

		assertThat(page.select("#weighted").text()).isEqualTo("Weighted KPI attainment: 54%");
		assertThat(page.select("#line-" + orders + " .value").text()).startsWith("90 u");
		assertThat(page.select("#line-" + orders + " .target").text()).isEqualTo("100 u");
		assertThat(page.select("#line-" + orders + " .attainment").text()).isEqualTo("90%");
		assertThat(page.select("#line-" + orders + " .weight").text()).isEqualTo("60%");
		assertThat(page.select("#line-" + orders + " .contribution").text()).isEqualTo("54%");
		assertThat(page.select("#line-" + unmeasured + ".not-measured .value").text())
			.isEqualTo("Not measured in the period: counts 0");
		assertThat(page.select("#unmeasured").text()).contains("1 of the KPIs");
		assertThat(page.select("#formula").text()).contains("Result = Σ (weight × attainment)")
			.contains("attainment = value ÷ target").contains("120%");
		assertThat(page.select("#assessment form")).as("the person does not assess themselves").isEmpty();

		speaksChinese(member);
		var chinese = Pages.html(pages.get(link, member));
		assertThat(chinese.select("#weighted").text()).isEqualTo("加权 KPI 达成率：54%");
		assertThat(chinese.select("#formula").text()).contains("结果 = Σ（权重 × 达成率）").contains("达成率 = 测量值 ÷ 目标");
		assertThat(chinese.select("#line-" + unmeasured + " .value").text()).isEqualTo("周期内未测量：计为 0");
	}

	@Test
	void someoneWhoIsNeitherThePersonTheirLeadNorAnAdminIsRefused() {
		var member = api.newPerson("Private");
		var stranger = api.newPerson("Nosy");
		long team = api.newTeam("Privates", null, List.of(), List.of(member.personId()));
		long period = fixtures.period();
		fixtures.template("TEAM_MEMBERS", null, team, fixtures.kpi("Secret", "10"), 100);

		assertThat(pages.get("/appraisal/periods/" + period + "/people/" + member.personId(), stranger)).hasStatus(403);
		assertThat(pages.get("/appraisal/periods/" + period, stranger)).hasStatus(403);
		assertThat(pages.get("/appraisal/templates", stranger)).hasStatus(403);
		assertThat(pages.get("/appraisal/periods/" + period + "/export.csv", stranger)).hasStatus(403);
	}

	@Test
	void aLeadWritesTheAssessmentOnTheResultPageAndATooLongOneIsRefusedNextToTheField() {
		var lead = api.newPerson("Pagelead");
		var member = api.newPerson("Pagemember");
		long team = api.newTeam("Pageteam", null, List.of(lead.personId()), List.of(member.personId()));
		long period = fixtures.period();
		fixtures.template("TEAM_MEMBERS", null, team, fixtures.kpi("Pages", "10"), 100);
		String uri = "/appraisal/periods/" + period + "/people/" + member.personId();

		var refused = pages.post(uri + "/assessment", lead, Map.of("assessment", "x".repeat(4001), "version", "0"));
		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#assessment-text-error").text()).isNotBlank();

		assertThat(pages.post(uri + "/assessment", lead, Map.of("assessment", "Reliable all quarter.", "version", "0")))
			.hasStatus(302);
		var page = Pages.html(pages.get(uri, member));
		assertThat(page.select("#assessment-text").text()).isEqualTo("Reliable all quarter.");
		assertThat(page.select("#assessment .meta").text()).contains("Pagelead");
		var periodPage = Pages.html(pages.get("/appraisal/periods/" + period, lead));
		assertThat(periodPage.select("#result-" + member.personId())).hasSize(1);
		assertThat(periodPage.select("#export-csv")).as("leads do not export").isEmpty();
	}

	@Test
	void aPeriodEndingBeforeItStartsIsRefusedOnThePageNextToTheEndDate() {
		var admin = api.admin();

		var refused = pages.post("/appraisal/periods", admin, Map.of("name", Api.unique("Backwards"), "startsOn",
				"2026-06-30", "endsOn", "2026-01-01", "idempotencyKey", Api.unique("key")));

		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#period-ends-on-error").text()).isEqualTo("must be after the start date");
		var defined = pages.post("/appraisal/periods", admin, Map.of("name", Api.unique("Forwards"), "startsOn",
				"2026-01-01", "endsOn", "2026-06-30", "idempotencyKey", Api.unique("key")));
		assertThat(defined).hasStatus(302);
	}

	@Test
	void theTemplateFormNamesTheSumWhenWeightsDoNotMakeAHundredAndDefinesOneThatDoes() {
		var admin = api.admin();
		var person = api.newPerson("Templated");
		long first = fixtures.kpi("Formed", "10");
		long second = fixtures.kpi("Formed", "10");

		var refused = pages.postAll("/appraisal/templates", admin, form(person.personId(), first, "70", second, "20"));
		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#template-items-error").text()).contains("90 %").contains("100 %");
		assertThat(Pages.html(refused).select("#item-weight-1").val()).isEqualTo("20");

		var defined = pages.postAll("/appraisal/templates", admin, form(person.personId(), first, "70", second, "30"));
		assertThat(defined).hasStatus(302);
		var list = Pages.html(pages.get("/appraisal/templates", admin));
		assertThat(list.select("#template-rule").text()).contains("own template wins");
		assertThat(list.text()).contains("Templated");
	}

	@Test
	void aTemplateKeepsAKpiBeyondTheListedOnesWhenShownAndTheFormSaysTheListsAreCut() {
		var person = api.newPerson("Farkpi");
		long far = fixtures.kpi("An older KPI", "10");
		for (int later = 0; later < PageQuery.MAX_SIZE; later++) {
			fixtures.kpi("A KPI defined later", "10");
		}
		long template = fixtures.template("PERSON", person.personId(), null, far, 100);
		assertThat(fixtures.kpis().latest(new PageQuery(0, PageQuery.MAX_SIZE)).items()).noneMatch(kpi -> kpi.id() == far);

		var page = Pages.html(pages.get("/appraisal/templates/" + template, api.admin()));

		assertThat(page.select("#item-kpi-0 option[selected]").attr("value")).isEqualTo(String.valueOf(far));
		assertThat(page.select("#template-person option[selected]").attr("value")).isEqualTo(String.valueOf(person.personId()));
		assertThat(page.select("#template-lists-cut").text()).contains(String.valueOf(PageQuery.MAX_SIZE));
	}

	@Test
	void anAdminClosesAPeriodFromItsPageWhichThenSaysItsResultsAreKept() {
		var admin = api.newPerson("Closer", true);
		long period = fixtures.period();
		String page = "/appraisal/periods/" + period;
		var open = Pages.html(pages.get(page, admin));
		assertThat(open.select("#close-period input[name=version]").val()).isEqualTo("0");
		assertThat(open.select("#period-closed")).isEmpty();

		assertThat(pages.post(page + "/close", admin, java.util.Map.of("version", "0"))).hasStatus(302);

		var closed = Pages.html(pages.get(page, admin));
		assertThat(closed.select("#close-period")).isEmpty();
		assertThat(closed.select("#period-closed").text()).startsWith("Closed on").contains("kept as they were then");
		speaksChinese(admin);
		assertThat(Pages.html(pages.get(page, admin)).select("#period-closed").text()).contains("已于").contains("关闭");
	}

	@Test
	void anAdminDownloadsTheResultsFromThePeriodPage() {
		var admin = api.admin();
		var member = api.newPerson("Downloaded");
		long team = api.newTeam("Downloads", null, List.of(), List.of(member.personId()));
		long period = fixtures.period();
		fixtures.template("TEAM_MEMBERS", null, team, fixtures.kpi("Bytes", "10"), 100);

		var page = Pages.html(pages.get("/appraisal/periods/" + period, admin));
		String csv = page.select("#export-csv").attr("href");
		String xlsx = page.select("#export-xlsx").attr("href");

		var csvFile = pages.get(csv, admin);
		assertThat(csvFile).hasStatusOk();
		assertThat(Api.body(csvFile)).startsWith("\uFEFFPerson,E-mail,Template").contains("Downloaded");
		assertThat(pages.get(xlsx, admin)).hasStatusOk().hasHeader("Content-Disposition",
				"attachment; filename=\"appraisal-" + period + ".xlsx\"");
	}

	private static LinkedMultiValueMap<String, String> form(long personId, long first, String firstWeight, long second,
			String secondWeight) {
		var form = new LinkedMultiValueMap<String, String>();
		form.add("name", Api.unique("Form template"));
		form.add("appliesTo", "PERSON");
		form.add("personId", String.valueOf(personId));
		form.add("teamId", "");
		form.add("idempotencyKey", Api.unique("key"));
		for (int row = 0; row < AppraisalTemplates.MAX_ITEMS; row++) {
			form.add("kpiId", row == 0 ? String.valueOf(first) : row == 1 ? String.valueOf(second) : "");
			form.add("weight", row == 0 ? firstWeight : row == 1 ? secondWeight : "");
		}
		return form;
	}
}
