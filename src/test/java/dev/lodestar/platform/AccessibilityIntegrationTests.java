package dev.lodestar.platform;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a screen reader needs from every page, checked on the real pages: a language, a title, one main
 * heading, and a name for every field, button and link.
 */
class AccessibilityIntegrationTests extends PageIntegrationTest {

	@org.springframework.beans.factory.annotation.Autowired
	private dev.lodestar.kpis.KpiManagement kpis;

	@org.springframework.beans.factory.annotation.Autowired
	private dev.lodestar.appraisal.AppraisalPeriods periods;

	@org.springframework.beans.factory.annotation.Autowired
	private dev.lodestar.appraisal.AppraisalTemplates templates;

	@Test
	void namesEveryFieldButtonAndLinkOnEveryPage() {
		var person = api.newPerson("Reader");
		long team = api.newTeam("Readers", null, java.util.List.of(person.personId()), java.util.List.of());
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newTeamObjective(person, cycle, team, "Be understood by everyone");
		long keyResult = api.newKeyResult(person, objective, "INCREASE", 0, 10);
		var admin = api.admin();

		List<String> problems = new ArrayList<>();
		for (String path : List.of("/?cycle=" + cycle, "/teams/" + team, "/people/" + person.personId(), "/explore",
				"/objectives/" + objective, "/objectives/new?cycle=" + cycle, "/objectives/" + objective + "/edit",
				"/objectives/" + objective + "/key-results/new", "/key-results/" + keyResult + "/edit", "/settings/tokens", "/settings/notifications", "/settings/webhooks", "/teams/" + team + "/reminder-day", "/teams/" + team + "/chat-webhook",
				"/people/me/score-views",
				"/alignment/coverage?cycle=" + cycle, "/alignment/coverage?cycle=" + cycle + "&team=" + team)) {
			problems.addAll(check(path, Pages.html(pages.get(path, person))));
		}
		for (String path : List.of("/admin", "/admin/people", "/admin/people/new", "/admin/teams", "/admin/cycles",
				"/admin/import", "/admin/policy/caps", "/admin/policy/check-ins", "/admin/policy/notifications", "/admin/chat-webhook", "/admin/policy/sign-in",
				"/admin/notifications?state=ALL", "/admin/pulses")) {
			problems.addAll(check(path, Pages.html(pages.get(path, admin))));
		}
		long pulse = Api.id(api.post("/api/v1/pulses", admin, java.util.Map.of("cycleId", cycle)));
		problems.addAll(check("/pulse", Pages.html(pages.get("/pulse", person))));
		problems.addAll(check("pulse notice", Pages.html(pages.get("/home/pulse-notice", person))));
		problems.addAll(check("team pulse chart", Pages.html(pages.get("/teams/" + team + "/pulse/chart", person))));
		problems.addAll(check("organisation pulse chart", Pages.html(pages.get("/pulse/chart", person))));
		api.post("/api/v1/pulses/" + pulse + "/close", admin, null);
		problems.addAll(check("/sign-in", Pages.html(mvc.get().uri("/sign-in").exchange())));
		problems.addAll(check("/sign-in, company sign-in refused",
				Pages.html(mvc.get().uri("/sign-in?company=unknown-person").exchange())));
		problems.addAll(check("check-in form", Pages.html(pages.get("/key-results/" + keyResult + "/check-in", person))));
		problems.addAll(check("integration form", Pages.html(pages.get("/key-results/" + keyResult + "/feed/form", person))));
		api.put("/api/v1/key-results/" + keyResult + "/feed", person, java.util.Map.of("mode", "PUSH"));
		problems.addAll(check("integration badge", Pages.html(pages.get("/key-results/" + keyResult + "/feed", person))));
		api.score(person, keyResult, "0.6", 0);
		problems.addAll(check("scores fragment", Pages.html(pages.get("/objectives/" + objective + "/scores", person))));
		problems.addAll(check("score form", Pages.html(pages.get("/key-results/" + keyResult + "/score-form", person))));
		problems.addAll(check("score history", Pages.html(pages.get("/key-results/" + keyResult + "/scores", person))));

		assertThat(problems).isEmpty();
	}

	@Test
	void namesEveryFieldButtonAndLinkOfTheWeeklyReview() {
		var lead = api.newPerson("Reviewlead");
		var member = api.newPerson("Reviewmember");
		long team = api.newTeam("Reviewers", null, java.util.List.of(lead.personId()), java.util.List.of(member.personId()));
		var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		long cycle = api.newCycle("ACTIVE", today.toString(), today.plusDays(60).toString());
		long objective = api.newPersonalObjective(lead, cycle, "Be reviewed kindly");
		long keyResult = api.newKeyResult(lead, objective, "INCREASE", 0, 10);
		api.score(lead, keyResult, "0.6", 0);
		long review = Api.id(api.post("/api/v1/teams/" + team + "/reviews", lead, null));

		List<String> problems = new ArrayList<>();
		for (var reader : List.of(lead, member)) {
			for (String path : List.of("/teams/" + team + "/review", "/reviews/" + review)) {
				problems.addAll(check(path, Pages.html(pages.get(path, reader))));
			}
		}
		problems.addAll(check("review link", Pages.html(pages.get("/teams/" + team + "/review-link", member))));

		assertThat(Pages.html(pages.get("/reviews/" + review, member)).select("#feedback-" + keyResult)).hasSize(1);
		assertThat(problems).isEmpty();
	}

	@Test
	void namesEveryFieldButtonAndLinkOfACoCreationSessionAndGivesEachElementItsOwnId() {
		var fixtures = new dev.lodestar.cocreation.CoCreationFixtures(api);
		var room = fixtures.room();
		long session = fixtures.open(room);
		long objective = fixtures.objective(session, room.member(), "Make every team self-sufficient");
		long keyResult = fixtures.keyResult(session, room.member(), objective, "Teams that deploy on their own");
		api.post(dev.lodestar.cocreation.CoCreationFixtures.uri(session) + "/items", room.member(), java.util.Map.of("kind",
				"REQUEST", "parentItemId", keyResult, "text", "Pair with us", "askedTeamId", room.siblingTeamId()));
		api.put(dev.lodestar.cocreation.CoCreationFixtures.uri(session) + "/timer", room.lead(), java.util.Map.of("minutes", 5));

		List<String> problems = new ArrayList<>();
		for (var reader : List.of(room.lead(), room.member(), room.outsider())) {
			for (String path : List.of("/teams/" + room.teamId() + "/co-creation", "/co-creation/" + session)) {
				Document page = Pages.html(pages.get(path, reader));
				problems.addAll(check(path, page));
				var ids = page.select("[id]").eachAttr("id");
				ids.stream().filter(id -> java.util.Collections.frequency(ids, id) > 1).distinct()
					.forEach(id -> problems.add(path + ": id " + id + " used twice"));
			}
		}
		problems.addAll(check("co-creation link", Pages.html(pages.get("/teams/" + room.teamId() + "/co-creation-link", room.member()))));
		problems.addAll(check("/teams/" + room.teamId() + "/health", Pages.html(pages.get("/teams/" + room.teamId() + "/health?cycle="
				+ room.cycleId(), room.lead()))));
		problems.addAll(check("health link", Pages.html(pages.get("/teams/" + room.teamId() + "/health-link", room.member()))));
		problems.addAll(check("/health", Pages.html(pages.get("/health?cycle=" + room.cycleId() + "&size=5", api.admin()))));

		assertThat(Pages.html(pages.get("/co-creation/" + session, room.lead())).select("#decide-" + keyResult + "-form")).hasSize(1);
		assertThat(problems).isEmpty();
	}

	@Test
	void namesEveryFieldButtonAndLinkOfTheReadinessCheck() {
		var lead = api.newPerson("Readylead");
		var member = api.newPerson("Readymember");
		var other = api.newPerson("Readyother");
		long team = api.newTeam("Readiness", null, java.util.List.of(lead.personId()),
				java.util.List.of(member.personId(), other.personId()));
		long check = Api.id(api.post("/api/v1/teams/" + team + "/readiness-checks", lead,
				java.util.Map.of("cycleId", api.newCycle("ACTIVE"))));
		long answered = Api.id(api.post("/api/v1/teams/" + team + "/readiness-checks", lead,
				java.util.Map.of("cycleId", api.newCycle("ACTIVE"))));
		var answers = new java.util.HashMap<String, Object>();
		for (var question : dev.lodestar.readiness.ReadinessQuestion.values()) {
			answers.put(question.name(), 4);
		}
		for (var person : List.of(lead, member, other)) {
			api.post("/api/v1/readiness-checks/" + answered + "/answers", person, java.util.Map.of("answers", answers));
		}
		api.post("/api/v1/readiness-checks/" + answered + "/close", lead, null);

		List<String> problems = new ArrayList<>();
		for (var reader : List.of(lead, member)) {
			for (String path : List.of("/teams/" + team + "/readiness", "/readiness-checks/" + check, "/readiness-checks/" + answered)) {
				problems.addAll(check(path, Pages.html(pages.get(path, reader))));
			}
		}
		problems.addAll(check("readiness link", Pages.html(pages.get("/teams/" + team + "/readiness-link", member))));
		var refused = pages.post("/readiness-checks/" + check + "/answers", member, java.util.Map.of("WORK_IS_UNCERTAIN", "7"));
		problems.addAll(check("refused readiness answers", Pages.html(refused)));

		assertThat(problems).isEmpty();
	}

	@Test
	void namesEveryFieldButtonAndLinkOfTheShowcaseAndTheCoachesPages() {
		var coach = dev.lodestar.showcase.ShowcaseFixtures.coach(api, "Readablecoach");
		var lead = api.newPerson("Showcaselead");
		long team = api.newTeam("Showcased", null, List.of(lead.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");
		long accepted = api.newTeamObjective(lead, cycle, team, "Be an example");
		long example = dev.lodestar.showcase.ShowcaseFixtures.nominate(api, coach, accepted, "Readable");
		long copy = ((Number) Api.read(api.post("/api/v1/showcase/" + example + "/copies", lead,
				java.util.Map.of("cycleId", cycle)), "$.objectiveId")).longValue();
		long nominated = api.newPersonalObjective(lead, cycle, "Be nominated");
		dev.lodestar.showcase.ShowcaseFixtures.nominate(api, lead, nominated, "Readable");
		long plain = api.newPersonalObjective(lead, cycle, "Be plain");
		api.post("/api/v1/teams/" + team + "/coaching-requests", lead, java.util.Map.of("note", "Help us"));

		List<String> problems = new ArrayList<>();
		for (String path : List.of("/showcase", "/showcase?theme=Readable", "/showcase/nominations", "/coaches",
				"/coaching-requests")) {
			problems.addAll(check(path, Pages.html(pages.get(path, coach))));
		}
		problems.addAll(check("home showcase part", Pages.html(pages.get("/home/showcase-link", coach))));
		problems.addAll(check("accepted showcase part", Pages.html(pages.get("/objectives/" + accepted + "/showcase", coach))));
		problems.addAll(check("team coaching part", Pages.html(pages.get("/teams/" + team + "/coaching", lead))));
		problems.addAll(check("plain showcase part", Pages.html(pages.get("/objectives/" + plain + "/showcase", lead))));
		problems.addAll(check("credited showcase part", Pages.html(pages.get("/objectives/" + copy + "/showcase", lead))));

		assertThat(problems).isEmpty();
	}

	@Test
	void namesEveryFieldButtonAndLinkOfTheAppraisalPages() {
		var admin = api.newPerson("Appraiser", true);
		var member = api.newPerson("Appraised");
		long team = api.newTeam("Appraisals", null, java.util.List.of(admin.personId()), java.util.List.of(member.personId()));
		var asAdmin = new dev.lodestar.platform.security.Caller(admin.personId(), "", true, java.util.Locale.ENGLISH,
				java.util.Set.of());
		long kpi = kpis.define(asAdmin, new dev.lodestar.kpis.NewKpi(Api.unique("Readable"), "u", team, null,
						dev.lodestar.kpis.KpiDirection.HIGHER_IS_BETTER, java.math.BigDecimal.TEN, java.math.BigDecimal.TEN,
						java.math.BigDecimal.ONE, dev.lodestar.kpis.KpiFrequency.MONTHLY, null)).id();
		// Through the entry points, not the API: which token scope reaches the appraisal API is not this test's concern.
		long period = periods.define(asAdmin, new dev.lodestar.appraisal.NewPeriod(Api.unique("H1"),
				java.time.LocalDate.parse("2026-01-01"), java.time.LocalDate.parse("2026-06-30"))).id();
		long template = templates.define(asAdmin, new dev.lodestar.appraisal.NewTemplate(Api.unique("Readable"),
				dev.lodestar.appraisal.AppliesTo.TEAM_MEMBERS, null, team,
				List.of(new dev.lodestar.appraisal.TemplateItem(kpi, 100)))).id();

		List<String> problems = new ArrayList<>();
		for (String path : List.of("/appraisal", "/appraisal/policy", "/appraisal/periods/new",
				"/appraisal/periods/" + period + "/edit", "/appraisal/periods/" + period,
				"/appraisal/periods/" + period + "/people/" + member.personId(), "/appraisal/templates",
				"/appraisal/templates/new", "/appraisal/templates/" + template)) {
			problems.addAll(check(path, Pages.html(pages.get(path, admin))));
		}
		problems.addAll(check("/appraisal/policy", Pages.html(pages.get("/appraisal/policy", member))));

		assertThat(Pages.html(pages.get("/appraisal/periods/" + period + "/people/" + member.personId(), admin))
			.select("#assessment-text")).hasSize(1);
		assertThat(problems).isEmpty();
	}

	@Test
	void namesEveryFieldButtonAndLinkOfTheKpiPages() {
		var lead = api.newPerson("Kpireader");
		long team = api.newTeam("Kpi readers", null, java.util.List.of(lead.personId()), java.util.List.of());
		var kpis = new dev.lodestar.kpis.KpiApi(api);
		long kpi = kpis.teamKpi(lead, team, "Be measured clearly");
		kpis.measured(lead, kpi, "2026-10-05", 95);
		kpis.measured(lead, kpi, "2026-10-12", 60);

		List<String> problems = new ArrayList<>();
		for (String path : List.of("/kpis", "/teams/" + team + "/kpis", "/people/" + lead.personId() + "/kpis",
				"/kpis/" + kpi, "/kpis/new?team=" + team, "/kpis/" + kpi + "/edit")) {
			problems.addAll(check(path, Pages.html(pages.get(path, lead))));
		}

		assertThat(problems).isEmpty();
	}

	@Test
	void namesEveryFieldButtonAndLinkOfTheKpiLifeCycleFragments(
			@org.springframework.beans.factory.annotation.Autowired dev.lodestar.kpis.KpiManagement kpis,
			@org.springframework.beans.factory.annotation.Autowired dev.lodestar.checkins.CheckInManagement checkIns) {
		var lead = api.newPerson("Kpireader");
		long team = api.newTeam("Kpireaders", null, List.of(lead.personId()), List.of());
		var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		long cycle = api.newCycle("ACTIVE", today.toString(), today.plusDays(90).toString());
		long objective = api.newTeamObjective(lead, cycle, team, "Be understood beside KPIs");
		api.newTeamObjective(lead, cycle, team, "Be offered as an objective to relate"); // so the relate form has a choice
		long keyResult = api.newKeyResult(lead, objective, "INCREASE", 0, 10);
		var caller = new dev.lodestar.platform.security.Caller(lead.personId(), "", true, java.util.Locale.ENGLISH,
				java.util.Set.of(team));
		checkIns.record(caller, keyResult, new dev.lodestar.checkins.NewCheckIn(java.math.BigDecimal.TEN, null, 8, null));
		var kpi = kpis.define(caller, new dev.lodestar.kpis.NewKpi("Readable orders", "orders", team, null,
				dev.lodestar.kpis.KpiDirection.HIGHER_IS_BETTER, java.math.BigDecimal.valueOf(100), java.math.BigDecimal.valueOf(90),
				java.math.BigDecimal.valueOf(50), dev.lodestar.kpis.KpiFrequency.WEEKLY, null));
		kpis.measure(caller, kpi.id(), new dev.lodestar.kpis.NewMeasurement(today, java.math.BigDecimal.ONE, false, null));
		api.post("/api/v1/kpis/" + kpi.id() + "/objectives", lead, java.util.Map.of("objectiveId", objective));

		List<String> problems = new ArrayList<>();
		problems.addAll(check("objective KPIs", Pages.html(pages.get("/objectives/" + objective + "/kpis", lead))));
		problems.addAll(check("KPI objectives", Pages.html(pages.get("/kpis/" + kpi.id() + "/objectives", lead))));
		problems.addAll(check("key result KPI", Pages.html(pages.get("/key-results/" + keyResult + "/kpi", lead))));

		assertThat(Pages.html(pages.get("/kpis/" + kpi.id() + "/objectives", lead)).select("#kpi-relate-form, .recovery form"))
			.hasSize(2);
		assertThat(Pages.html(pages.get("/key-results/" + keyResult + "/kpi", lead)).select("form")).hasSize(1);
		assertThat(problems).isEmpty();
	}

	private static List<String> check(String path, Document page) {
		List<String> problems = new ArrayList<>();
		if (path.startsWith("/")) {
			if (page.select("html[lang]").isEmpty()) {
				problems.add(path + ": no language");
			}
			if (page.title().isBlank()) {
				problems.add(path + ": no title");
			}
			if (page.select("main h1").size() != 1) {
				problems.add(path + ": " + page.select("main h1").size() + " main headings");
			}
		}
		for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
			boolean labelled = (!field.id().isEmpty() && !page.select("label[for=" + field.id() + "]").isEmpty())
					|| field.parents().stream().anyMatch(parent -> parent.tagName().equals("label"))
					|| field.hasAttr("aria-label") || field.hasAttr("aria-labelledby");
			if (!labelled) {
				problems.add(path + ": unlabelled " + field.tagName() + " " + field.attr("name"));
			}
		}
		for (Element control : page.select("button, a[href]")) {
			if (control.text().isBlank() && control.attr("aria-label").isBlank() && control.attr("title").isBlank()) {
				problems.add(path + ": nameless " + control.tagName() + " " + control.outerHtml());
			}
		}
		return problems;
	}
}
