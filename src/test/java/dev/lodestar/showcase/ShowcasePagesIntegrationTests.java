package dev.lodestar.showcase;

import static dev.lodestar.showcase.ShowcaseFixtures.coach;
import static dev.lodestar.showcase.ShowcaseFixtures.nominate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

class ShowcasePagesIntegrationTests extends PageIntegrationTest {

	private Api.Session coach;

	private Api.Session lead;

	private Api.Session reader;

	private long team;

	private long cycle;

	private String theme;

	@BeforeEach
	void organisation() {
		coach = coach(api, "Coach");
		lead = api.newPerson("Lead");
		reader = api.newPerson("Reader");
		team = api.newTeam("Growth", null, List.of(lead.personId()), List.of());
		cycle = api.newCycle("ACTIVE");
		theme = Api.unique("Bold");
	}

	@Test
	void anyoneNominatesFromTheObjectivePageAndACoachAcceptsOnTheNominationsPage() {
		long objective = api.newTeamObjective(lead, cycle, team, "Win the mid-market");

		var part = Pages.html(pages.get("/objectives/" + objective + "/showcase", reader));
		assertThat(part.select("#showcase-nominate summary").text()).isEqualTo("Nominate for the showcase");
		var nominated = pages.post("/objectives/" + objective + "/showcase", reader,
				Map.of("theme", theme, "note", "Ambitious and measurable", "idempotencyKey", Api.unique("key")));
		assertThat(nominated).hasStatusOk();
		assertThat(Pages.html(nominated).select("#showcase-state").text()).isEqualTo("Nominated for the showcase: a coach will decide.");
		assertThat(Pages.html(pages.get("/objectives/" + objective + "/showcase", coach)).select("#showcase-nominate")).isEmpty();

		var waiting = Pages.html(pages.get("/showcase/nominations", coach));
		var card = waiting.select("article:has(a[href=/objectives/" + objective + "])");
		assertThat(card).hasSize(1);
		String entry = card.attr("id").substring("nomination-".length());
		assertThat(pages.get("/showcase/nominations", reader)).hasStatus(403);
		assertThat(pages.post("/showcase/" + entry + "/accept", reader, Map.of("version", "0"))).hasStatus(403);
		assertThat(pages.post("/showcase/" + entry + "/accept", coach, Map.of("version", "0")))
			.hasStatus(302).hasRedirectedUrl("/showcase/nominations?done=accepted");

		var browsed = Pages.html(pages.get("/showcase?theme=" + theme, reader));
		assertThat(browsed.select("#example-" + entry + " h2").text()).isEqualTo("Win the mid-market");
		assertThat(browsed.select("#example-" + entry + " .showcase-note").text()).isEqualTo("Ambitious and measurable");
		assertThat(browsed.select("#showcase-theme option[selected]").text()).isEqualTo(theme);
		assertThat(Pages.html(pages.get("/showcase?theme=" + theme + "&team=" + team + "&cycle=" + cycle, reader))
			.select("#example-" + entry)).hasSize(1);
		assertThat(Pages.html(pages.get("/showcase?theme=" + theme + "&cycle=" + api.newCycle("ACTIVE"), reader))
			.select("#example-" + entry)).isEmpty();
	}

	@Test
	void startingADraftFromAnExampleOpensItCreditedOnItsPage() {
		long objective = api.newTeamObjective(lead, cycle, team, "Double repeat purchases");
		api.newKeyResult(lead, objective, "INCREASE", 100, 200);
		long entry = nominate(api, coach, objective, theme);

		String key = Api.unique("copy");
		var copied = pages.post("/showcase/" + entry + "/copy", reader, Map.of("cycle", String.valueOf(cycle), "idempotencyKey", key));
		var again = pages.post("/showcase/" + entry + "/copy", reader, Map.of("cycle", String.valueOf(cycle), "idempotencyKey", key));

		assertThat(copied).hasStatus(302);
		String draft = copied.getResponse().getRedirectedUrl();
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(draft);
		assertThat(draft).startsWith("/objectives/");
		var page = Pages.html(pages.get(draft, reader));
		assertThat(page.select("#objective-title").text()).isEqualTo("Double repeat purchases");
		assertThat(page.select("[hx-get=" + draft + "/showcase]")).hasSize(1);
		var credit = Pages.html(pages.get(draft + "/showcase", reader)).select("#showcase-credit").text();
		assertThat(credit).startsWith("Started from the showcase example “Double repeat purchases” by Growth");
		assertThat(Pages.html(pages.get(draft + "/showcase", reader)).select("#showcase-credit-source").attr("href"))
			.isEqualTo("/objectives/" + objective);
	}

	@Test
	void refusesBadInputNextToItsFieldInBothLanguages() {
		long objective = api.newPersonalObjective(lead, cycle, "Grow the community");

		var english = pages.post("/objectives/" + objective + "/showcase", reader,
				Map.of("theme", "x".repeat(41), "note", "", "idempotencyKey", Api.unique("key")));
		assertThat(english).hasStatus(422);
		assertThat(Pages.html(english).select("#showcase-theme-input-error").text())
			.isEqualTo("must have between 0 and 40 characters or items");
		assertThat(Pages.html(english).select("#showcase-note-error").text()).isEqualTo("must not be blank");

		speaksChinese(reader);
		var chinese = pages.post("/objectives/" + objective + "/showcase", reader,
				Map.of("theme", theme, "note", " ", "idempotencyKey", Api.unique("key")));
		assertThat(chinese).hasStatus(422);
		assertThat(Pages.html(chinese).select("#showcase-note-error").text()).isEqualTo("不能为空");
		assertThat(Pages.html(chinese).select("#showcase-nominate summary").text()).isEqualTo("推荐到案例库");
	}

	@Test
	void aPrivateObjectiveOffersNoNomination() {
		long objective = Api.id(api.post("/api/v1/objectives", lead, Map.of("cycleId", cycle, "ownerTeamId", team,
				"title", "Quiet project", "visibility", "PRIVATE")));

		assertThat(Pages.html(pages.get("/objectives/" + objective + "/showcase", lead)).select("#showcase-nominate")).isEmpty();
		var refused = pages.post("/objectives/" + objective + "/showcase", lead,
				Map.of("theme", theme, "note", "Good", "idempotencyKey", Api.unique("key")));
		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#showcase-objective-error").text())
			.isEqualTo("is private: only public objectives can be shown in the showcase");
	}

	@Test
	void theShowcasePageReadsTheSameNumberOfStatementsHoweverManyExamples() {
		// one owned by a team, one by a person (whose home team is looked up): every kind of lookup is there
		nominate(api, coach, api.newTeamObjective(lead, cycle, team, "One"), theme);
		nominate(api, coach, api.newPersonalObjective(lead, cycle, "Two"), theme);
		statements.reset();
		pages.get("/showcase?theme=" + theme, reader);
		int two = statements.count();
		for (int i = 0; i < 4; i++) {
			Api.Session owner = api.newPerson("Owner");
			nominate(api, coach, api.newPersonalObjective(owner, cycle, "Many " + i), theme);
		}
		statements.reset();
		var many = pages.get("/showcase?theme=" + theme, reader);
		int six = statements.count();

		assertThat(Pages.html(many).select(".showcase-example")).hasSize(6);
		assertThat(six).isEqualTo(two);
	}

	@Test
	void theShowcaseIsLinkedFromExploreAndHomeAndTheCoachesFromTheAdminPages() {
		assertThat(Pages.html(pages.get("/explore", reader)).select("a#explore-showcase-link[href=/showcase]")).hasSize(1);
		assertThat(Pages.html(pages.get("/home/showcase-link", reader)).select("a[href=/showcase]")).hasSize(1);
		assertThat(Pages.html(pages.get("/home/showcase-link", reader)).select("a[href=/showcase/nominations]")).isEmpty();
		assertThat(Pages.html(pages.get("/home/showcase-link", coach)).select("a[href=/showcase/nominations]")).hasSize(1);
		assertThat(Pages.html(pages.get("/admin", api.admin())).select(".admin-nav a[href=/coaches]")).hasSize(1);
		assertThat(Pages.html(pages.get("/coaches", reader)).select("#coaches li").eachText()).contains("Coach");
	}

	@Test
	void aCoachOpensAnyTeamsHealthAndTheOrganisationsWithoutItsAdminActions() {
		api.newTeamObjective(lead, cycle, team, "Be healthy");

		assertThat(Pages.html(pages.get("/teams/" + team + "/health-link", coach)).select(".health-link a")).hasSize(1);
		assertThat(Pages.html(pages.get("/teams/" + team + "/health-link", reader)).select(".health-link a")).isEmpty();
		assertThat(pages.get("/teams/" + team + "/health?cycle=" + cycle, coach)).hasStatusOk();
		assertThat(pages.get("/teams/" + team + "/health?cycle=" + cycle, reader)).hasStatus(403);
		var organisation = pages.get("/health?cycle=" + cycle, coach);
		assertThat(organisation).hasStatusOk();
		assertThat(Pages.html(organisation).select("#health-recompute-all, #health-export")).isEmpty();
		assertThat(Pages.html(pages.get("/health?cycle=" + cycle, api.admin())).select("#health-recompute-all")).hasSize(1);
		assertThat(pages.get("/health?cycle=" + cycle, reader)).hasStatus(403);
	}

	@Test
	void anAdminNamesACoachOnThePersonPage() {
		Api.Session person = api.newPerson("Futurecoach");
		var form = Pages.html(pages.get("/admin/people/" + person.personId(), api.admin()));
		assertThat(form.select("#person-coach")).hasSize(1);
		var saved = pages.post("/admin/people/" + person.personId(), api.admin(), Map.of("name", "Futurecoach",
				"email", Api.read(api.get("/api/v1/people/me", person), "$.email"), "locale", "en", "active", "true",
				"coach", "true", "version", "0"));
		assertThat(saved.getResponse().getStatus()).isIn(200, 302, 303);
		assertThat(api.get("/api/v1/people/me", person)).bodyJson().extractingPath("$.coach").isEqualTo(true);
		assertThat(Pages.html(pages.get("/admin/people/" + person.personId(), api.admin())).select("#person-coach[checked]"))
			.hasSize(1);
	}

	@Test
	void aTeamsLeadAsksForHelpFromTheTeamPageAndACoachMarksItHandled() {
		Api.Session member = api.newPerson("Member");
		long helped = api.newTeam("Helped", null, List.of(lead.personId()), List.of(member.personId()));
		assertThat(Pages.html(pages.get("/teams/" + helped, lead)).select("[hx-get=/teams/" + helped + "/coaching]")).hasSize(1);
		assertThat(Pages.html(pages.get("/teams/" + helped + "/coaching", member)).select("#coaching-ask")).isEmpty();
		assertThat(Pages.html(pages.get("/teams/" + helped + "/coaching", lead)).select("#coaching-ask")).hasSize(1);

		var blank = pages.post("/teams/" + helped + "/coaching", lead, Map.of("note", ""));
		assertThat(blank).hasStatus(422);
		assertThat(Pages.html(blank).select("#coaching-note-error").text()).isEqualTo("must not be blank");
		var asked = pages.post("/teams/" + helped + "/coaching", lead, Map.of("note", "We need help with ambition"));
		assertThat(Pages.html(asked).select("#coaching-open")).hasSize(1);

		var list = Pages.html(pages.get("/coaching-requests", coach));
		var card = list.select("article:has(a[href=/teams/" + helped + "])");
		assertThat(card.text()).contains("We need help with ambition");
		assertThat(pages.get("/coaching-requests", member)).hasStatus(403);
		String id = card.attr("id").substring("coaching-request-".length());
		assertThat(pages.post("/coaching-requests/" + id + "/handled", coach, Map.of())).hasStatus(302);
		assertThat(Pages.html(pages.get("/coaching-requests", coach)).select("#coaching-request-" + id)).isEmpty();
	}

	@Test
	void aNominationIsShownOnlyToItsNominatorAndTheCoachesAndAnUnseenObjectiveIsNotFound() {
		long objective = api.newTeamObjective(lead, cycle, team, "Open a second market");
		nominate(api, reader, objective, theme);
		String part = "/objectives/" + objective + "/showcase";

		assertThat(Pages.html(pages.get(part, reader)).select("#showcase-state").text())
			.isEqualTo("Nominated for the showcase: a coach will decide.");
		assertThat(Pages.html(pages.get(part, coach)).select("#showcase-state")).hasSize(1);
		var owners = Pages.html(pages.get(part, lead));
		assertThat(owners.select("#showcase-state")).isEmpty();
		assertThat(owners.text()).doesNotContain("Nominated");

		long secret = Api.id(api.post("/api/v1/objectives", lead, Map.of("cycleId", cycle, "ownerTeamId", team,
				"title", "Secret acquisition", "visibility", "PRIVATE")));
		assertThat(pages.get("/objectives/" + secret + "/showcase", reader)).hasStatus(404);
		assertThat(pages.post("/objectives/" + secret + "/showcase", reader,
				Map.of("theme", theme, "note", "Bold", "idempotencyKey", Api.unique("key")))).hasStatus(404);
		assertThat(pages.get("/objectives/" + secret + "/showcase", lead)).hasStatusOk();
	}

	@Test
	void aDraftIsNotOfferedAndIsRefusedNextToItsField() {
		long source = api.newTeamObjective(lead, cycle, team, "Answer within the hour");
		long entry = nominate(api, coach, source, theme);
		var copied = api.post("/api/v1/showcase/" + entry + "/copies", reader, Map.of("cycleId", cycle));
		long draft = ((Number) Api.read(copied, "$.objectiveId")).longValue();

		assertThat(Pages.html(pages.get("/objectives/" + draft + "/showcase", reader)).select("#showcase-nominate")).isEmpty();
		var refused = pages.post("/objectives/" + draft + "/showcase", reader,
				Map.of("theme", theme, "note", "Good", "idempotencyKey", Api.unique("key")));
		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#showcase-objective-error").text())
			.isEqualTo("is a draft: publish it before nominating it for the showcase");
	}

	@Test
	void theHomePartCountsWhatWaitsWithAFixedNumberOfStatements() {
		nominate(api, reader, api.newTeamObjective(lead, cycle, team, "Waiting one"), theme);
		statements.reset();
		pages.get("/home/showcase-link", reader);
		int plain = statements.count();
		statements.reset();
		var before = Pages.html(pages.get("/home/showcase-link", coach));
		int counted = statements.count();

		nominate(api, reader, api.newPersonalObjective(lead, cycle, "Waiting two"), theme);
		long helped = api.newTeam("Helped", null, List.of(lead.personId()), List.of());
		assertThat(pages.post("/teams/" + helped + "/coaching", lead, Map.of("note", "Help us"))).hasStatusOk();
		statements.reset();
		var after = Pages.html(pages.get("/home/showcase-link", coach));

		assertThat(statements.count()).isEqualTo(counted);
		// three counts, never the lists with their names: the waiting nominations' objectives, how many are public, the requests
		assertThat(counted - plain).isLessThanOrEqualTo(3);
		int waiting = Api.<List<Object>>read(api.get("/api/v1/showcase/nominations", coach), "$").size();
		int asked = Api.<List<Object>>read(api.get("/api/v1/coaching-requests", coach), "$").size();
		assertThat(after.select("a[href=/showcase/nominations]").text()).isEqualTo("Nominations waiting (" + waiting + ")");
		assertThat(after.select("a[href=/coaching-requests]").text()).isEqualTo("Teams that asked for help (" + asked + ")");
		assertThat(before.select("a[href=/showcase/nominations]").text()).isEqualTo("Nominations waiting (" + (waiting - 1) + ")");
	}
}
