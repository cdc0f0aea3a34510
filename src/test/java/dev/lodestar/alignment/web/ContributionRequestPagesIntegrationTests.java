package dev.lodestar.alignment.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.lodestar.support.Api;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionRequestPagesIntegrationTests extends PageIntegrationTest {

	/** Two teams, each with a lead; the asking team owns a public objective with a key result. */
	private record Teams(Api.Session asker, Api.Session asked, long askingTeam, long askedTeam, long cycle,
			long servedObjective, long keyResult) {
	}

	private Teams teams() {
		var asker = api.newPerson("Asker");
		var asked = api.newPerson("Asked");
		long askingTeam = api.newTeam("Growth", null, List.of(asker.personId()), List.of());
		long askedTeam = api.newTeam("Platform", null, List.of(asked.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");
		long objective = api.newTeamObjective(asker, cycle, askingTeam, "Win the mid-market");
		long keyResult = api.newKeyResult(asker, objective, "INCREASE", 0, 50);
		return new Teams(asker, asked, askingTeam, askedTeam, cycle, objective, keyResult);
	}

	private static Map<String, String> objectiveAsk(Teams t, String title) {
		Map<String, String> form = new HashMap<>();
		form.put("askingTeam", String.valueOf(t.askingTeam()));
		form.put("cycle", String.valueOf(t.cycle()));
		form.put("keyResult", String.valueOf(t.keyResult()));
		form.put("askedTeam", String.valueOf(t.askedTeam()));
		form.put("type", "OBJECTIVE");
		form.put("title", title);
		form.put("description", "So that sign-ups never wait");
		form.put("idempotencyKey", UUID.randomUUID().toString());
		return form;
	}

	private long ask(Teams t, String title) {
		var sent = pages.post("/contribution-requests", t.asker(), objectiveAsk(t, title));
		assertThat(sent).hasStatus(302);
		return idIn(sent);
	}

	private static long idIn(MvcTestResult redirect) {
		String location = redirect.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/contribution-requests/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private String state(long request, Api.Session as) {
		return Api.read(api.get("/api/v1/contribution-requests/" + request, as), "$.request.state");
	}

	@Test
	void aTeamsPublicKeyResultOffersItsMembersToAskAnotherTeamFromTheObjectivePage() {
		Teams t = teams();
		String ask = "a[href='/contribution-requests/new?keyResult=" + t.keyResult() + "']";
		long personal = api.newPersonalObjective(t.asker(), t.cycle(), "My own growth");
		long personalKeyResult = api.newKeyResult(t.asker(), personal, "INCREASE", 0, 3);

		var page = Pages.html(pages.get("/objectives/" + t.servedObjective(), t.asker()));

		assertThat(page.select(ask)).singleElement().satisfies(link -> assertThat(link.text()).isEqualTo("Ask another team to contribute"));
		assertThat(Pages.html(pages.get("/objectives/" + t.servedObjective(), t.asked())).select(ask)).isEmpty();
		assertThat(Pages.html(pages.get("/objectives/" + personal, t.asker()))
			.select("a[href='/contribution-requests/new?keyResult=" + personalKeyResult + "']")).isEmpty();
		var form = Pages.html(pages.get("/contribution-requests/new?keyResult=" + t.keyResult(), t.asker()));
		assertThat(form.select("#contribution-keyResult option[selected]").attr("value")).isEqualTo(String.valueOf(t.keyResult()));
	}

	@Test
	void anAskShowsOnBothTeamPagesAndOnTheAskedLeadsHome() {
		var t = teams();
		var form = Pages.html(pages.get("/contribution-requests/new?keyResult=" + t.keyResult(), t.asker()));
		assertThat(form.select("h1").text()).isEqualTo("Ask another team to contribute");
		assertThat(form.select("#contribution-keyResult option[selected]").val()).isEqualTo(String.valueOf(t.keyResult()));
		assertThat(form.select("#contribution-askedTeam option[value=" + t.askedTeam() + "]")).hasSize(1);
		assertThat(form.select("#contribution-askedTeam option[value=" + t.askingTeam() + "]")).isEmpty();
		assertThat(form.select("input[name=idempotencyKey]").val()).isNotBlank();
		assertThat(form.select("form[action=/contribution-requests] input[name=_csrf]")).hasSize(1);

		long request = ask(t, "Open the API to partners");

		var teamPage = Pages.html(pages.get("/teams/" + t.askingTeam(), t.asker()));
		assertThat(teamPage.select("[hx-get^=/teams/" + t.askingTeam() + "/contribution-requests][hx-trigger=load]")).hasSize(1);
		var asking = Pages.html(pages.get("/teams/" + t.askingTeam() + "/contribution-requests", t.asker()));
		assertThat(asking.select(".asked-by a[href=/contribution-requests/" + request + "]").text())
			.isEqualTo("Open the API to partners");
		assertThat(asking.select(".asked-by .request").text()).contains("Growth").contains("Platform")
			.contains("waiting since today");
		assertThat(asking.select("a[href=/contribution-requests/new?team=" + t.askingTeam() + "]").text())
			.isEqualTo("Ask another team to contribute");
		var askedOf = Pages.html(pages.get("/teams/" + t.askedTeam() + "/contribution-requests", t.asked()));
		assertThat(askedOf.select(".asked-of a[href=/contribution-requests/" + request + "]")).hasSize(1);
		assertThat(askedOf.select(".asked-by")).isEmpty();

		var home = Pages.html(pages.get("/", t.asked()));
		assertThat(home.select("[hx-get=/home/contribution-requests][hx-trigger=load]")).hasSize(1);
		var leadsHome = Pages.html(pages.get("/home/contribution-requests", t.asked()));
		assertThat(leadsHome.select("h3").text()).isEqualTo("Asked of teams you lead");
		assertThat(leadsHome.select(".asked-of a[href=/contribution-requests/" + request + "]")).hasSize(1);
		speaksChinese(t.asked());
		var chinese = Pages.html(pages.get("/home/contribution-requests", t.asked()));
		assertThat(chinese.select("h2").text()).isEqualTo("协作请求");
		assertThat(chinese.select("h3").text()).isEqualTo("向你负责的团队提出的请求");
		assertThat(chinese.select(".asked-of .request").text()).contains("今天开始等待");
	}

	@Test
	void aMemberWhoLeadsNoTeamSeesNoRequestsOnTheirHome() {
		var t = teams();
		var member = api.newPerson("Member");
		api.put("/api/v1/teams/" + t.askedTeam(), api.admin(), Map.of("name", Api.unique("Platform"), "leadIds",
				List.of(t.asked().personId()), "memberIds", List.of(member.personId()), "version", 0));
		ask(t, "Open the API to partners");

		assertThat(Pages.html(pages.get("/home/contribution-requests", member)).select(".request")).isEmpty();
		assertThat(Pages.html(pages.get("/home/contribution-requests", t.asked())).select(".request")).hasSize(1);
	}

	@Test
	void theAskedTeamCountersAndTheAskingTeamAcceptsIntoAnAlignedDraftObjective() {
		var t = teams();
		long request = ask(t, "Open the API to partners");
		var askedView = Pages.html(pages.get("/contribution-requests/" + request, t.asked()));
		assertThat(askedView.select("form[action=/contribution-requests/" + request + "/accept]")).hasSize(1);
		assertThat(askedView.select("form[action=/contribution-requests/" + request + "/decline]")).hasSize(1);
		assertThat(askedView.select("form[action=/contribution-requests/" + request + "/withdraw]")).isEmpty();
		assertThat(askedView.select("#counter-title").val()).isEqualTo("Open the API to partners");
		assertThat(askedView.select(".state").text()).contains("Waiting for the asked team");

		Map<String, String> counter = new HashMap<>(Map.of("version", "0", "type", "OBJECTIVE", "title",
				"Open a read-only API to partners", "description", "Reading first"));
		assertThat(pages.post("/contribution-requests/" + request + "/counter", t.asked(), counter)).hasStatus(302);
		var askerView = Pages.html(pages.get("/contribution-requests/" + request, t.asker()));
		assertThat(askerView.select("form[action=/contribution-requests/" + request + "/withdraw]")).hasSize(1);
		assertThat(askerView.select(".conversation .step")).hasSize(2);
		assertThat(askerView.select(".conversation .step").get(1).text()).contains("proposed a change")
			.contains("Open a read-only API to partners");
		assertThat(pages.post("/contribution-requests/" + request + "/accept", t.asker(), Map.of("version", "1")))
			.hasStatus(302);

		var accepted = Pages.html(pages.get("/contribution-requests/" + request, t.asker()));
		long draft = ((Number) Api.read(api.get("/api/v1/contribution-requests/" + request, t.asker()),
				"$.request.outcomeObjectiveId")).longValue();
		assertThat(accepted.select(".state").text()).contains("Accepted");
		assertThat(accepted.select(".outcome a[href=/objectives/" + draft + "]").text())
			.isEqualTo("Open a read-only API to partners");
		assertThat(accepted.select("form")).allMatch(form -> !form.attr("action").startsWith("/contribution-requests/"));
		var objective = api.get("/api/v1/objectives/" + draft, t.asked());
		assertThat(objective).bodyJson().extractingPath("$.ownerTeamId").asNumber().isEqualTo((int) t.askedTeam());
		assertThat(objective).bodyJson().extractingPath("$.draft").isEqualTo(true);
		assertThat(api.get("/api/v1/objectives/" + draft + "/alignment", t.asked())).bodyJson()
			.extractingPath("$.supports[0].keyResultId").asNumber().isEqualTo((int) t.keyResult());
		assertThat(Pages.html(pages.get("/teams/" + t.askedTeam() + "/contribution-requests", t.asked()))
			.select(".request")).isEmpty();
	}

	@Test
	void aDeclineWithoutAReasonIsRefusedNextToTheFieldInEnglishAndChinese() {
		var t = teams();
		long request = ask(t, "Open the API to partners");

		var refused = pages.post("/contribution-requests/" + request + "/decline", t.asked(), Map.of("version", "0", "reason", " "));

		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#decline-reason-error").text())
			.isEqualTo("say why: the asking team needs the reason to look elsewhere");
		assertThat(state(request, t.asked())).isEqualTo("WAITING_FOR_ASKED");
		speaksChinese(t.asked());
		var chinese = pages.post("/contribution-requests/" + request + "/decline", t.asked(), Map.of("version", "0"));
		assertThat(chinese).hasStatus(422);
		assertThat(Pages.html(chinese).select("#decline-reason-error").text()).isNotBlank()
			.isNotEqualTo("say why: the asking team needs the reason to look elsewhere");
		assertThat(Pages.html(chinese).select("h1").text()).isEqualTo("协作请求");

		assertThat(pages.post("/contribution-requests/" + request + "/decline", t.asked(),
				Map.of("version", "0", "reason", "No capacity this quarter"))).hasStatus(302);
		var declined = Pages.html(pages.get("/contribution-requests/" + request, t.asker()));
		assertThat(declined.select(".reason").text()).isEqualTo("Reason: No capacity this quarter");
		assertThat(declined.select(".state").text()).contains("Declined");
	}

	@Test
	void aStepOutOfTurnIsRefusedWithTheReasonAndChangesNothing() {
		var t = teams();
		long request = ask(t, "Open the API to partners");
		var askerView = Pages.html(pages.get("/contribution-requests/" + request, t.asker()));
		assertThat(askerView.select("form[action=/contribution-requests/" + request + "/accept]")).isEmpty();
		assertThat(askerView.select("form[action=/contribution-requests/" + request + "/counter]")).isEmpty();

		var refused = pages.post("/contribution-requests/" + request + "/accept", t.asker(), Map.of("version", "0"));

		assertThat(refused).hasStatus(409);
		assertThat(Pages.html(refused).select(".notice.error").text()).contains("The other team has the turn");
		assertThat(state(request, t.asker())).isEqualTo("WAITING_FOR_ASKED");
		assertThat(api.get("/api/v1/contribution-requests/" + request, t.asker())).bodyJson()
			.extractingPath("$.steps").asArray().hasSize(1);
		var stale = pages.post("/contribution-requests/" + request + "/accept", t.asked(), Map.of("version", "7"));
		assertThat(stale).hasStatus(409);
		assertThat(state(request, t.asked())).isEqualTo("WAITING_FOR_ASKED");
		var bystander = api.newPerson("Bystander");
		assertThat(Pages.html(pages.get("/contribution-requests/" + request, bystander))
			.select("form[action^=/contribution-requests/]")).isEmpty();
		assertThat(pages.post("/contribution-requests/" + request + "/decline", bystander,
				Map.of("version", "0", "reason", "Not mine"))).hasStatus(403);
		assertThat(state(request, t.asker())).isEqualTo("WAITING_FOR_ASKED");
	}

	@Test
	void aKeyResultProposalJoinsAnObjectiveOfTheAskedTeam() {
		var t = teams();
		long theirs = api.newTeamObjective(t.asked(), t.cycle(), t.askedTeam(), "A platform partners love");
		var options = Pages.html(pages.get("/contribution-requests/objective-options?team=" + t.askedTeam() + "&cycle="
				+ t.cycle(), t.asker()));
		assertThat(options.select("option[value=" + theirs + "]").text()).isEqualTo("A platform partners love");

		Map<String, String> form = objectiveAsk(t, "Partners integrated");
		form.putAll(Map.of("type", "KEY_RESULT", "kind", "INCREASE", "start", "0", "target", "20", "unit", "integrations"));
		var missing = pages.post("/contribution-requests", t.asker(), form);
		assertThat(missing).hasStatus(422);
		assertThat(Pages.html(missing).select("#contribution-objective-error").text()).isNotBlank();
		assertThat(Pages.html(missing).select("#contribution-title").val()).isEqualTo("Partners integrated");
		assertThat(Pages.html(missing).select("#contribution-objective option[value=" + theirs + "]")).hasSize(1);

		form.put("objective", String.valueOf(theirs));
		form.put("idempotencyKey", UUID.randomUUID().toString());
		long request = idIn(pages.post("/contribution-requests", t.asker(), form));
		var page = Pages.html(pages.get("/contribution-requests/" + request, t.asked()));
		assertThat(page.select("a[href=/objectives/" + theirs + "]").first().text()).isEqualTo("A platform partners love");
		assertThat(pages.post("/contribution-requests/" + request + "/accept", t.asked(), Map.of("version", "0")))
			.hasStatus(302);

		assertThat(Pages.html(pages.get("/contribution-requests/" + request, t.asker())).select(".outcome").text())
			.isEqualTo("Accepted as a draft key result of the objective A platform partners love");
		var thread = api.get("/api/v1/contribution-requests/" + request, t.asked());
		long keyResult = ((Number) Api.read(thread, "$.request.outcomeKeyResultId")).longValue();
		var added = api.get("/api/v1/key-results/" + keyResult, t.asked());
		assertThat(added).bodyJson().extractingPath("$.objectiveId").asNumber().isEqualTo((int) theirs);
		assertThat(added).bodyJson().extractingPath("$.draft").isEqualTo(true);
	}

	@Test
	void aRepeatedAskWithTheSameKeyMakesOneRequest() {
		var t = teams();
		var form = objectiveAsk(t, "Open the API to partners");

		long first = idIn(pages.post("/contribution-requests", t.asker(), form));
		long again = idIn(pages.post("/contribution-requests", t.asker(), form));

		assertThat(again).isEqualTo(first);
		assertThat(Pages.html(pages.get("/teams/" + t.askedTeam() + "/contribution-requests", t.asked()))
			.select(".request")).hasSize(1);
	}

	@Test
	void theAskLinkKeepsTheCycleTheTeamPageShows() {
		var t = teams();

		var fragment = Pages.html(pages.get("/teams/" + t.askingTeam() + "/contribution-requests?cycle=" + t.cycle(), t.asker()));
		var form = Pages.html(pages.get("/contribution-requests/new?team=" + t.askingTeam() + "&cycle=" + t.cycle(), t.asker()));

		assertThat(fragment.select("a[href=/contribution-requests/new?team=" + t.askingTeam() + "&cycle=" + t.cycle() + "]"))
			.hasSize(1);
		assertThat(Pages.html(pages.get("/teams/" + t.askingTeam() + "?cycle=" + t.cycle(), t.asker()))
			.select("[hx-get=/teams/" + t.askingTeam() + "/contribution-requests?cycle=" + t.cycle() + "]")).hasSize(1);
		assertThat(form.select("#contribution-keyResult option[value=" + t.keyResult() + "]").text())
			.isEqualTo("Win the mid-market · " + Api.read(api.get("/api/v1/key-results/" + t.keyResult(), t.asker()), "$.title"));
		assertThat(Pages.html(pages.get("/teams/" + t.askingTeam() + "/contribution-requests", api.newPerson("Visitor")))
			.select("a[href^=/contribution-requests/new]")).isEmpty();
	}

	@Test
	void namesEveryFieldAndButtonOfTheContributionPages() {
		var t = teams();
		long request = ask(t, "Open the API to partners");
		List<String> unnamed = new java.util.ArrayList<>();
		for (String path : List.of("/contribution-requests/new?keyResult=" + t.keyResult(), "/contribution-requests/" + request)) {
			var page = Pages.html(pages.get(path, path.startsWith("/contribution-requests/new") ? t.asker() : t.asked()));
			assertThat(page.select("main h1")).hasSize(1);
			for (var field : page.select("main input:not([type=hidden]), main select, main textarea")) {
				boolean labelled = (!field.id().isEmpty() && !page.select("label[for=" + field.id() + "]").isEmpty())
						|| field.parents().stream().anyMatch(parent -> parent.tagName().equals("label"));
				if (!labelled) {
					unnamed.add(path + ": " + field.attr("name"));
				}
			}
			for (var control : page.select("main button, main a[href]")) {
				if (control.text().isBlank()) {
					unnamed.add(path + ": " + control.outerHtml());
				}
			}
		}
		assertThat(unnamed).isEmpty();
	}

	@Test
	void aFragmentAskedForWithoutASessionIsNotWhereSigningInLeads() {
		var session = new org.springframework.mock.web.MockHttpSession();
		assertThat(mvc.get().uri("/home/contribution-requests").header("HX-Request", "true").session(session).exchange())
			.hasStatus(302);
		assertThat(session.getAttribute("SPRING_SECURITY_SAVED_REQUEST")).isNull();

		assertThat(mvc.get().uri("/explore").session(session).exchange()).hasStatus(302);
		assertThat(session.getAttribute("SPRING_SECURITY_SAVED_REQUEST")).isNotNull();
	}

	@Test
	void theOpenRequestListsIssueTheSameStatementsForOneRequestAndForMany() {
		var few = teams();
		var many = teams();
		ask(few, "Only one");
		for (int i = 0; i < 4; i++) {
			var other = api.newTeam("Other", null, List.of(many.asked().personId()), List.of());
			var form = objectiveAsk(many, "Request " + i);
			form.put("askedTeam", String.valueOf(i % 2 == 0 ? other : many.askedTeam()));
			assertThat(pages.post("/contribution-requests", many.asker(), form)).hasStatus(302);
		}

		for (String fragment : List.of("/teams/%d/contribution-requests", "/home/contribution-requests")) {
			String forFew = fragment.formatted(few.askingTeam());
			String forMany = fragment.formatted(many.askingTeam());
			pages.get(forFew, few.asker());
			statements.reset();
			pages.get(forFew, few.asker());
			int forOne = statements.count();
			statements.reset();
			var shown = Pages.html(pages.get(forMany, many.asker()));

			assertThat(shown.select(".request")).hasSize(4);
			assertThat(statements.count()).isEqualTo(forOne);
		}
	}
}
