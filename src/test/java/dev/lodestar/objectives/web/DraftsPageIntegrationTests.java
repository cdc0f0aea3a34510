package dev.lodestar.objectives.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.PageIntegrationTest;

import static dev.lodestar.support.Pages.html;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drafts that an accepted contribution request put into a team's OKRs: marked wherever they show, explained to
 * their owners, and confirmed by them alone.
 */
class DraftsPageIntegrationTests extends PageIntegrationTest {

	private Session askingLead;

	private Session askedLead;

	private long cycle;

	private long askedTeam;

	private long servedKeyResult;

	private void twoTeams() {
		askingLead = api.newPerson("Asker");
		askedLead = api.newPerson("Asked");
		cycle = api.newCycle("ACTIVE");
		long askingTeam = api.newTeam("Platform", null, List.of(askingLead.personId()), List.of());
		askedTeam = api.newTeam("Mobile", null, List.of(askedLead.personId()), List.of());
		long served = api.newTeamObjective(askingLead, cycle, askingTeam, "Make the app fast");
		servedKeyResult = api.newKeyResult(askingLead, served, "PERCENTAGE", 0, 100);
	}

	/** Asks the asked team for the proposal and accepts it there: the outcome is a draft. */
	private long acceptedDraft(Map<String, Object> proposal, String outcome) {
		var asked = api.post("/api/v1/contribution-requests", askingLead,
				Map.of("servesKeyResultId", servedKeyResult, "askedTeamId", askedTeam, "proposal", proposal));
		assertThat(asked).hasStatus(201);
		var accepted = api.post("/api/v1/contribution-requests/" + Api.id(asked) + "/accept", askedLead, Map.of("version", 0));
		assertThat(accepted).hasStatusOk();
		return ((Number) Api.read(accepted, "$." + outcome)).longValue();
	}

	private long draftObjective() {
		return acceptedDraft(Map.of("type", "OBJECTIVE", "title", "Cut the start time"), "outcomeObjectiveId");
	}

	@Test
	void aDraftObjectiveIsMarkedAndOnlyItsOwnersAreOfferedToConfirmIt() {
		twoTeams();
		long draft = draftObjective();

		var owners = html(pages.get("/objectives/" + draft, askedLead));
		var others = html(pages.get("/objectives/" + draft, askingLead));
		var teamPage = html(pages.get("/teams/" + askedTeam + "?cycle=" + cycle, askingLead));

		assertThat(owners.select(".objective-head .badge.draft").text()).isEqualTo("Draft");
		assertThat(owners.select(".draft-notice .hint").text())
			.isEqualTo("A draft in your OKRs — from a contribution request your team accepted, a showcase example or a KPI — "
				+ "waiting for you: confirm it, change it or delete it.");
		assertThat(owners.select("form[action=/objectives/" + draft + "/confirm] input[name=version]").val()).isEqualTo("0");
		assertThat(owners.select("form[action=/objectives/" + draft + "/confirm] button").text()).isEqualTo("Confirm draft");
		assertThat(others.select(".objective-head .badge.draft").text()).isEqualTo("Draft");
		assertThat(others.select("form[action$=/confirm], .draft-notice")).isEmpty();
		assertThat(teamPage.select("article:has(#objective-" + draft + "-title) .badge.draft").text()).isEqualTo("Draft");
		assertThat(pages.post("/objectives/" + draft + "/confirm", askingLead, Map.of("version", "0"))).hasStatus(403);
	}

	@Test
	void confirmingADraftObjectiveMakesItTheOwnersAndAStaleConfirmationIsExplained() {
		twoTeams();
		long draft = draftObjective();
		speaksChinese(askedLead);

		var stale = pages.post("/objectives/" + draft + "/confirm", askedLead, Map.of("version", "7"));

		assertThat(stale).hasStatus(409);
		assertThat(html(stale).select(".objective-head .notice.error").text()).contains("在您读取后已被修改");
		assertThat(html(stale).select(".objective-head .badge.draft").text()).isEqualTo("草稿");
		assertThat(html(stale).select(".draft-notice .hint").text()).isEqualTo("这是您 OKR 中的草稿（来自团队接受的协作请求、展示案例或 KPI），等待您处理：请确认、修改或删除它。");

		var confirmed = pages.post("/objectives/" + draft + "/confirm", askedLead, Map.of("version", "0"));

		assertThat(confirmed).hasStatus(302).hasRedirectedUrl("/objectives/" + draft);
		assertThat(html(pages.get("/objectives/" + draft, askedLead)).select(".badge.draft, .draft-notice")).isEmpty();
		assertThat(api.get("/api/v1/objectives/" + draft, askedLead)).bodyJson().extractingPath("$.draft").isEqualTo(false);
		var again = pages.post("/objectives/" + draft + "/confirm", askedLead, Map.of("version", "1"));
		assertThat(again).hasStatus(409);
		assertThat(html(again).select(".notice.error").text()).isEqualTo("这不是草稿：它已经确认过了。");
	}

	@Test
	void aDraftKeyResultIsMarkedInItsRowAndItsOwnersConfirmIt() {
		twoTeams();
		long objective = api.newTeamObjective(askedLead, cycle, askedTeam, "Ship a lighter app");
		Map<String, Object> proposal = Map.of("type", "KEY_RESULT", "title", "Start in under a second", "objectiveId", objective,
				"kind", "PERCENTAGE", "start", 0, "target", 100);
		long keyResult = acceptedDraft(proposal, "outcomeKeyResultId");

		var owners = html(pages.get("/objectives/" + objective, askedLead));
		var others = html(pages.get("/objectives/" + objective, askingLead));

		assertThat(owners.select("#kr-" + keyResult + " .badge.draft").text()).isEqualTo("Draft");
		assertThat(owners.select(".objective-head .badge.draft")).isEmpty();
		assertThat(owners.select(".draft-notice .hint").text()).contains("confirm it, change it or delete it");
		assertThat(others.select("#kr-" + keyResult + " .badge.draft").text()).isEqualTo("Draft");
		assertThat(others.select("form[action=/key-results/" + keyResult + "/confirm]")).isEmpty();
		assertThat(pages.post("/key-results/" + keyResult + "/confirm", askingLead, Map.of("version", "0"))).hasStatus(403);

		var confirmed = pages.post("/key-results/" + keyResult + "/confirm", askedLead,
				Map.of("version", owners.select("form[action=/key-results/" + keyResult + "/confirm] input[name=version]").val()));

		assertThat(confirmed).hasStatus(302).hasRedirectedUrl("/objectives/" + objective + "#kr-" + keyResult);
		assertThat(html(pages.get("/objectives/" + objective, askedLead)).select("#kr-" + keyResult + " .badge.draft")).isEmpty();
		var again = pages.post("/key-results/" + keyResult + "/confirm", askedLead, Map.of("version", "1"));
		assertThat(again).hasStatus(409);
		assertThat(html(again).select(".notice.error").text()).contains("already confirmed");
	}
}
