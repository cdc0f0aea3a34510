package dev.lodestar.appraisal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class AppraisalApiIntegrationTests extends ApiIntegrationTest {

	/** Any header that speaks of OKRs or scores, in English or Chinese. */
	private static final Pattern SCORE_WORDS = Pattern.compile("(?i)okr|score|评分|得分|分数");

	@Autowired
	private BeanFactory beans;

	private AppraisalFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new AppraisalFixtures(api, beans);
	}

	/** Appraisal calls are made as an HR system would: with the person's APPRAISAL-scoped token (an OKR one gets 403). */
	private Api.Session appraisalToken(Api.Session session) {
		return api.scoped(session, "APPRAISAL");
	}

	@Test
	void anAdminDefinesListsAndRevisesPeriodsAndAStaleVersionIsRefused() {
		var admin = appraisalToken(api.admin());
		var body = Map.of("name", Api.unique("H1"), "startsOn", "2026-01-01", "endsOn", "2026-06-30");

		var first = api.post("/api/v1/appraisal/periods", admin, body, "Idempotency-Key", "period-once-" + Api.unique("k"));
		long id = Api.id(first);
		assertThat(first).hasStatus(201).hasHeader("Location", "/api/v1/appraisal/periods/" + id);
		List<Integer> listed = Api.read(api.get("/api/v1/appraisal/periods", admin), "$[*].id");
		assertThat(listed).contains((int) id);

		var revised = api.put("/api/v1/appraisal/periods/" + id, admin,
				Map.of("name", "First half", "startsOn", "2026-01-01", "endsOn", "2026-07-31", "version", 0));
		assertThat(revised).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(1);
		assertThat(api.put("/api/v1/appraisal/periods/" + id, admin,
				Map.of("name", "Stale", "startsOn", "2026-01-01", "endsOn", "2026-07-31", "version", 0))).hasStatus(409);
		assertThat(api.get("/api/v1/appraisal/periods/" + id, admin)).bodyJson().extractingPath("$.name").isEqualTo("First half");
	}

	@Test
	void aRetriedPeriodWithTheSameIdempotencyKeyIsDefinedOnce() {
		var admin = appraisalToken(api.admin());
		var body = Map.of("name", Api.unique("H2"), "startsOn", "2026-07-01", "endsOn", "2026-12-31");
		String key = Api.unique("period-key");

		var first = api.post("/api/v1/appraisal/periods", admin, body, "Idempotency-Key", key);
		var retried = api.post("/api/v1/appraisal/periods", admin, body, "Idempotency-Key", key);

		assertThat(retried).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
		assertThat(Api.id(retried)).isEqualTo(Api.id(first));
	}

	@Test
	void aPeriodEndingBeforeItStartsIsRefusedWithAFieldErrorAndNothingIsDefined() {
		var admin = appraisalToken(api.admin());
		int before = periodCount(admin);

		var refused = api.post("/api/v1/appraisal/periods", admin,
				Map.of("name", Api.unique("Backwards"), "startsOn", "2026-06-30", "endsOn", "2026-01-01"));

		assertThat(refused).hasStatus(400).hasContentType("application/problem+json");
		assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("endsOn");
		assertThat(periodCount(admin)).isEqualTo(before);
	}

	@Test
	void onlyAdminsDefinePeriodsAndTemplates() {
		var someone = appraisalToken(api.newPerson("Notadmin"));
		long kpi = fixtures.kpi("Orders", "100");

		assertThat(api.post("/api/v1/appraisal/periods", someone,
				Map.of("name", "Mine", "startsOn", "2026-01-01", "endsOn", "2026-03-31"))).hasStatus(403);
		assertThat(api.post("/api/v1/appraisal/templates", someone,
				AppraisalFixtures.body("Mine", "PERSON", someone.personId(), null, kpi, 100))).hasStatus(403);
	}

	@Test
	void weightsNotSummingToAHundredAreRefusedNamingTheSumAndNothingIsDefined() {
		var admin = appraisalToken(api.admin());
		var person = api.newPerson("Weighed");
		long first = fixtures.kpi("Revenue", "100");
		long second = fixtures.kpi("Margin", "10");
		int before = templateCount(admin);

		var refused = api.post("/api/v1/appraisal/templates", admin,
				AppraisalFixtures.body("Sales", "PERSON", person.personId(), null, first, 60, second, 30));

		assertThat(refused).hasStatus(400).hasContentType("application/problem+json");
		assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("items");
		assertThat((String) Api.read(refused, "$.errors[0].message")).contains("90").contains("100");
		assertThat(templateCount(admin)).isEqualTo(before);
	}

	@Test
	void anUnknownKpiOrTheSameKpiTwiceIsRefusedOnItsItemAndNothingIsDefined() {
		var admin = appraisalToken(api.admin());
		var person = api.newPerson("Itemised");
		long kpi = fixtures.kpi("Revenue", "100");
		int before = templateCount(admin);

		var unknown = api.post("/api/v1/appraisal/templates", admin,
				AppraisalFixtures.body("Unknown", "PERSON", person.personId(), null, kpi, 50, 987654321L, 50));
		var twice = api.post("/api/v1/appraisal/templates", admin,
				AppraisalFixtures.body("Twice", "PERSON", person.personId(), null, kpi, 50, kpi, 50));
		var tooMany = api.post("/api/v1/appraisal/templates", admin, AppraisalFixtures.body("Many", "PERSON",
				person.personId(), null, eleven(kpi)));

		assertThat(unknown).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("items[1].kpiId");
		assertThat((String) Api.read(unknown, "$.errors[0].message")).contains("987654321");
		assertThat(twice).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("items[1].kpiId");
		assertThat(tooMany).hasStatus(400);
		assertThat(Api.<List<String>>read(tooMany, "$.errors[*].field")).contains("items");
		assertThat(templateCount(admin)).isEqualTo(before);
	}

	@Test
	void aTemplateIsDefinedOnceAndASecondForTheSameRoleIsRefusedAndARevisionNeedsTheCurrentVersion() {
		var admin = appraisalToken(api.admin());
		long team = api.newTeam("Roled", null, List.of(), List.of());
		long kpi = fixtures.kpi("Tickets", "50");
		var body = AppraisalFixtures.body(Api.unique("Support"), "TEAM_MEMBERS", null, team, kpi, 100);
		String key = Api.unique("template-key");
		var defined = api.post("/api/v1/appraisal/templates", admin, body, "Idempotency-Key", key);
		assertThat(defined).hasStatus(201).bodyJson().extractingPath("$.items[0].weight").isEqualTo(100);
		long id = Api.id(defined);
		assertThat(api.post("/api/v1/appraisal/templates", admin, body, "Idempotency-Key", key)).hasStatus(201)
			.hasHeader("Idempotent-Replayed", "true");

		assertThat(api.post("/api/v1/appraisal/templates", admin,
				AppraisalFixtures.body("Again", "TEAM_MEMBERS", null, team, kpi, 100))).hasStatus(409)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("teamId");
		var revision = new java.util.HashMap<>(AppraisalFixtures.body("Renamed", "TEAM_MEMBERS", null, team, kpi, 100));
		revision.put("version", 0);
		assertThat(api.put("/api/v1/appraisal/templates/" + id, admin, revision)).hasStatusOk()
			.bodyJson().extractingPath("$.name").isEqualTo("Renamed");
		assertThat(api.put("/api/v1/appraisal/templates/" + id, admin, revision)).hasStatus(409);
	}

	@Test
	void aResultIsTheWeightedAttainmentOfEachKpisLastMeasurementInThePeriod() {
		var member = api.newPerson("Measured");
		long team = api.newTeam("Measurers", null, List.of(), List.of(member.personId()));
		long orders = fixtures.kpi("Orders", "100");
		long quality = fixtures.kpi("Quality", "10");
		long uptime = fixtures.kpi("Uptime", "99");
		fixtures.measure(orders, "2025-12-20", "10");
		fixtures.measure(orders, "2026-02-01", "50");
		fixtures.measure(orders, "2026-03-10", "80");
		fixtures.measure(orders, "2026-04-05", "200");
		fixtures.measure(quality, "2026-01-15", "15");
		fixtures.measure(uptime, "2026-05-01", "99");
		long period = fixtures.period();
		fixtures.template("TEAM_MEMBERS", null, team, orders, 50, quality, 30, uptime, 20);

		var result = api.get("/api/v1/appraisal/periods/" + period + "/results/" + member.personId(), appraisalToken(member));

		// 50 × 0.8 (80 of 100, the last in the period) + 30 × 1.2 (15 of 10, capped) + 20 × 0 (not measured in it)
		assertThat(result).hasStatusOk();
		assertThat(((Number) Api.read(result, "$.weightedAttainment")).doubleValue()).isEqualTo(76.0);
		assertThat(((Number) Api.read(result, "$.lines[0].value")).doubleValue()).isEqualTo(80.0);
		assertThat(((Number) Api.read(result, "$.lines[1].attainment")).doubleValue()).isEqualTo(1.2);
		assertThat((Boolean) Api.read(result, "$.lines[2].measured")).isFalse();
		assertThat(Api.<List<String>>read(result, "$.unmeasuredKpis")).hasSize(1);
		assertThat(Api.body(result)).doesNotContainIgnoringCase("score");
	}

	@Test
	void aPersonsOwnTemplateWinsOverTheTemplateOfTheirRole() {
		var member = api.newPerson("Personal");
		long team = api.newTeam("Personals", null, List.of(), List.of(member.personId()));
		long teamKpi = fixtures.kpi("Team", "10");
		long ownKpi = fixtures.kpi("Own", "10");
		long period = fixtures.period();
		fixtures.template("TEAM_MEMBERS", null, team, teamKpi, 100);
		long own = fixtures.template("PERSON", member.personId(), null, ownKpi, 100);

		var result = api.get("/api/v1/appraisal/periods/" + period + "/results/" + member.personId(), appraisalToken(member));

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.templateId").isEqualTo((int) own);
	}

	@Test
	void aResultIsReadByThePersonALeadOfTheirTeamsAndAdminsOnly() {
		var lead = api.newPerson("Leader");
		var member = api.newPerson("Followed");
		var stranger = api.newPerson("Stranger");
		long team = api.newTeam("Readable", null, List.of(lead.personId()), List.of(member.personId()));
		long kpi = fixtures.kpi("Calls", "10");
		long period = fixtures.period();
		fixtures.template("TEAM_MEMBERS", null, team, kpi, 100);
		String uri = "/api/v1/appraisal/periods/" + period + "/results/" + member.personId();

		assertThat(api.get(uri, appraisalToken(member))).hasStatusOk();
		assertThat(api.get(uri, appraisalToken(lead))).hasStatusOk();
		assertThat(api.get(uri, appraisalToken(api.admin()))).hasStatusOk();
		assertThat(api.get(uri, appraisalToken(stranger))).hasStatus(403);
		assertThat(api.get("/api/v1/appraisal/periods/" + period + "/results", appraisalToken(stranger))).hasStatus(403);
		assertThat(api.get("/api/v1/appraisal/periods/" + period + "/results", appraisalToken(member))).hasStatus(403);
		List<Integer> seenByLead = Api.read(api.get("/api/v1/appraisal/periods/" + period + "/results", appraisalToken(lead)),
				"$[*].personId");
		assertThat(seenByLead).containsExactly((int) member.personId());
	}

	@Test
	void aLeadWritesTheAssessmentWithVersionsAndThePersonCannot() {
		var lead = api.newPerson("Assessor");
		var member = api.newPerson("Assessed");
		long team = api.newTeam("Assessing", null, List.of(lead.personId()), List.of(member.personId()));
		long kpi = fixtures.kpi("Visits", "10");
		long period = fixtures.period();
		fixtures.template("TEAM_MEMBERS", null, team, kpi, 100);
		String uri = "/api/v1/appraisal/periods/" + period + "/results/" + member.personId() + "/assessment";

		var written = api.put(uri, appraisalToken(lead), Map.of("assessment", "Steady and careful.", "version", 0));
		assertThat(written).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(1);
		assertThat(api.put(uri, appraisalToken(lead), Map.of("assessment", "Overwrite", "version", 0))).hasStatus(409);
		assertThat(api.put(uri, appraisalToken(member), Map.of("assessment", "I am great", "version", 1))).hasStatus(403);
		assertThat(api.put(uri, appraisalToken(lead), Map.of("assessment", "x".repeat(4001), "version", 1))).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("assessment");
		assertThat(api.put(uri, appraisalToken(api.admin()), Map.of("assessment", "Agreed.", "version", 1))).hasStatusOk();

		var result = api.get("/api/v1/appraisal/periods/" + period + "/results/" + member.personId(), appraisalToken(member));
		assertThat(result).bodyJson().extractingPath("$.assessment.text").isEqualTo("Agreed.");
		assertThat(result).bodyJson().extractingPath("$.assessment.version").isEqualTo(2);
	}

	@Test
	void nobodyAssessesThemselvesCoLeadsNeitherReadNorAssessEachOtherAndTheParentTeamsLeadManagesALead() {
		var lead = api.newPerson("Colead");
		var otherLead = api.newPerson("Coleadtoo");
		var member = api.newPerson("Coled");
		long team = api.newTeam("Coled", null, List.of(lead.personId(), otherLead.personId()), List.of(member.personId()));
		long kpi = fixtures.kpi("Calls", "10");
		long period = fixtures.period();
		fixtures.template("TEAM_LEADS", null, team, kpi, 100);
		String results = "/api/v1/appraisal/periods/" + period + "/results/";

		assertThat(api.put(results + lead.personId() + "/assessment", appraisalToken(lead),
				Map.of("assessment", "I did great.", "version", 0))).hasStatus(403);
		assertThat(api.put(results + lead.personId() + "/assessment", appraisalToken(otherLead),
				Map.of("assessment", "They did great.", "version", 0))).hasStatus(403);
		assertThat(api.get(results + lead.personId(), appraisalToken(otherLead))).hasStatus(403);
		var parentLead = api.newPerson("Parentlead");
		long parent = api.newTeam("Coledparent", null, List.of(parentLead.personId()), List.of());
		var sub = api.newPerson("Subteamlead");
		long subTeam = api.newTeam("Coledsub", parent, List.of(sub.personId()), List.of());
		fixtures.template("TEAM_LEADS", null, subTeam, kpi, 100);
		assertThat(api.get(results + sub.personId(), appraisalToken(parentLead))).as("the parent team's lead manages a lead")
			.hasStatusOk();
		assertThat(api.put(results + sub.personId() + "/assessment", appraisalToken(parentLead),
				Map.of("assessment", "Grew the sub-team.", "version", 0))).hasStatusOk();
		assertThat(Api.<List<Number>>read(api.get("/api/v1/appraisal/periods/" + period + "/results", appraisalToken(parentLead)),
				"$[*].personId")).extracting(Number::longValue).contains(sub.personId()).doesNotContain(lead.personId());
		var admin = api.newPerson("Hradmin", true);
		assertThat(api.put(results + lead.personId() + "/assessment", appraisalToken(admin),
				Map.of("assessment", "Led the team well.", "version", 0))).hasStatusOk();
		assertThat(api.get(results + lead.personId(), appraisalToken(lead))).hasStatusOk()
			.bodyJson().extractingPath("$.assessment.text").isEqualTo("Led the team well.");
		assertThat(api.get(results + member.personId(), appraisalToken(otherLead))).as("no template applies to the member")
			.hasStatus(404);
		assertThat(api.put(results + member.personId() + "/assessment", appraisalToken(otherLead),
				Map.of("assessment", "Nowhere to be read.", "version", 0))).hasStatus(404);
	}

	@Test
	void theCsvExportIsUtf8WithABomAndHoldsNoScoreColumn() throws Exception {
		var member = fixtures.chinesePerson("王小明");
		long team = api.newTeam("Exported", null, List.of(), List.of(member.personId()));
		long kpi = fixtures.kpi("Deliveries", "10");
		long unmeasured = fixtures.kpi("Returns", "10");
		fixtures.measure(kpi, "2026-02-02", "9");
		long period = fixtures.period();
		fixtures.template("TEAM_MEMBERS", null, team, kpi, 50, unmeasured, 50);
		api.put("/api/v1/appraisal/periods/" + period + "/results/" + member.personId() + "/assessment",
				appraisalToken(api.admin()), Map.of("assessment", "做得好, \"稳定\"", "version", 0));

		var export = api.get("/api/v1/appraisal/periods/" + period + "/export?format=csv", appraisalToken(api.admin()));

		assertThat(export).hasStatusOk();
		assertThat(export.getResponse().getContentType()).startsWith("text/csv");
		byte[] bytes = export.getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<List<String>> rows = csv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
		assertThat(rows.get(0)).containsExactly("Person", "E-mail", "Template", "Weighted KPI attainment (%)",
				"KPIs not measured", "Assessment");
		assertThat(rows.get(0)).noneMatch(header -> SCORE_WORDS.matcher(header).find());
		var row = rows.stream().filter(cells -> cells.get(0).equals("王小明")).findFirst().orElseThrow();
		assertThat(row.get(3)).isEqualTo("45");
		assertThat(row.get(4)).contains("Returns");
		assertThat(row.get(5)).isEqualTo("做得好, \"稳定\"");
	}

	@Test
	void theXlsxExportReadsBackWithTheSameColumnsInTheReadersLanguage() throws Exception {
		var member = fixtures.chinesePerson("李华");
		long team = api.newTeam("Sheeted", null, List.of(), List.of(member.personId()));
		long kpi = fixtures.kpi("Shipments", "20");
		fixtures.measure(kpi, "2026-03-01", "10");
		long period = fixtures.period();
		fixtures.template("TEAM_MEMBERS", null, team, kpi, 100);
		var chineseAdmin = api.newPerson("Sheetadmin", true);
		api.speaksChinese(chineseAdmin);

		var export = api.get("/api/v1/appraisal/periods/" + period + "/export?format=xlsx", appraisalToken(chineseAdmin));

		assertThat(export).hasStatusOk();
		List<Row> rows;
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
			rows = workbook.getFirstSheet().read();
		}
		List<String> headers = rows.get(0).stream().map(cell -> cell.getText()).toList();
		assertThat(headers).containsExactly("人员", "电子邮箱", "模板", "加权 KPI 达成率（%）", "未测量的 KPI", "评语");
		assertThat(headers).noneMatch(header -> SCORE_WORDS.matcher(header).find());
		var row = rows.stream().filter(r -> "李华".equals(r.getCellText(0))).findFirst().orElseThrow();
		assertThat(row.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("50");
	}

	@Test
	void onlyAdminsExportAndTheFormatMustBeCsvOrXlsx() {
		var lead = api.newPerson("Exportlead");
		api.newTeam("Exportleads", null, List.of(lead.personId()), List.of());
		long period = fixtures.period();

		assertThat(api.get("/api/v1/appraisal/periods/" + period + "/export?format=csv", appraisalToken(lead))).hasStatus(403);
		assertThat(api.get("/api/v1/appraisal/periods/" + period + "/export?format=pdf", appraisalToken(api.admin())))
			.hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("format");
	}

	@Test
	void aPeriodsResultsTakeTheSameNumberOfStatementsForTwoOrTenPeople() {
		long period = fixtures.period();
		addTeamWithTemplate(2);
		int few = resultStatements(period);
		addTeamWithTemplate(10);
		var loner = api.newPerson("Loner");
		fixtures.template("PERSON", loner.personId(), null, fixtures.kpi("Solo", "5"), 100);
		int many = resultStatements(period);

		assertThat(many).isEqualTo(few);
	}

	private void addTeamWithTemplate(int members) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < members; i++) {
			ids.add(api.newPerson("Counted").personId());
		}
		long team = api.newTeam("Counted", null, List.of(ids.get(0)), ids.subList(1, ids.size()));
		long first = fixtures.kpi("Counted", "10");
		long second = fixtures.kpi("Counted", "10");
		fixtures.measure(first, "2026-02-01", "5");
		fixtures.template("TEAM_MEMBERS", null, team, first, 70, second, 30);
		fixtures.template("TEAM_LEADS", null, team, second, 100);
	}

	private int resultStatements(long period) {
		var admin = appraisalToken(api.admin());
		statements.reset();
		assertThat(api.get("/api/v1/appraisal/periods/" + period + "/results", admin)).hasStatusOk();
		return statements.count();
	}

	private int periodCount(Api.Session admin) {
		return Api.<List<Object>>read(api.get("/api/v1/appraisal/periods", admin), "$").size();
	}

	private int templateCount(Api.Session admin) {
		return Api.<List<Object>>read(api.get("/api/v1/appraisal/templates", admin), "$").size();
	}

	private Object[] eleven(long kpi) {
		List<Object> pairs = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			pairs.add(kpi + i);
			pairs.add(i == 0 ? 0 : 10);
		}
		return pairs.toArray();
	}

	/** A small RFC 4180 reader: quoted cells, doubled quotes, commas and line breaks inside quotes. */
	private static List<List<String>> csv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\r') {
				cell.append(c);
			}
		}
		return rows;
	}
}
