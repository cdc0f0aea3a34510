package dev.lodestar.cocreation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;

import dev.lodestar.cocreation.CoCreationFixtures;
import dev.lodestar.support.Api;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static dev.lodestar.cocreation.CoCreationFixtures.uri;
import static org.assertj.core.api.Assertions.assertThat;

class CoCreationPagesIntegrationTests extends PageIntegrationTest {

	CoCreationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new CoCreationFixtures(api);
	}

	private Document board(long session, Api.Session as) {
		var board = pages.get("/co-creation/" + session + "/board", as);
		assertThat(board).hasStatusOk();
		return Pages.html(board);
	}

	private Map<String, String> objectiveForm(String text) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "OBJECTIVE");
		form.put("parentItemId", "");
		form.put("text", text);
		form.put("idempotencyKey", Api.unique("key"));
		return form;
	}

	@Test
	void theTeamPageLinksToItsSessionsAndALeadOpensOneWithNeighboursInvited() {
		var room = fixtures.room();

		var link = Pages.html(pages.get("/teams/" + room.teamId() + "/co-creation-link", room.member()));
		assertThat(link.select("a[href='/teams/" + room.teamId() + "/co-creation']")).hasSize(1);
		var memberPage = Pages.html(pages.get("/teams/" + room.teamId() + "/co-creation", room.member()));
		assertThat(memberPage.select("form[action='/teams/" + room.teamId() + "/co-creation']")).isEmpty();
		var leadPage = Pages.html(pages.get("/teams/" + room.teamId() + "/co-creation", room.lead()));
		assertThat(leadPage.select("input[name=inviteeIds][value=" + room.neighbour().personId() + "]")).hasSize(1);
		assertThat(leadPage.select("input[name=inviteeIds][value=" + room.member().personId() + "]")).as("the team's own").isEmpty();

		var badVotes = new LinkedMultiValueMap<String, String>();
		badVotes.add("cycleId", String.valueOf(room.cycleId()));
		badVotes.add("votesPerParticipant", "eleven");
		var refused = pages.postAll("/teams/" + room.teamId() + "/co-creation", room.lead(), badVotes);
		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#cocreation-votes-error").text()).isNotBlank();
		var tooMany = new LinkedMultiValueMap<>(badVotes);
		tooMany.set("votesPerParticipant", "11");
		assertThat(Pages.html(pages.postAll("/teams/" + room.teamId() + "/co-creation", room.lead(), tooMany))
			.select("#cocreation-votes-error").text()).isNotBlank();

		var open = new LinkedMultiValueMap<String, String>();
		open.add("cycleId", String.valueOf(room.cycleId()));
		open.add("votesPerParticipant", "3");
		open.add("inviteeIds", String.valueOf(room.neighbour().personId()));
		var opened = pages.postAll("/teams/" + room.teamId() + "/co-creation", room.lead(), open);
		assertThat(opened).hasStatus3xxRedirection();
		String location = opened.getMvcResult().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/co-creation/");

		var invitations = Pages.html(pages.get("/home/co-creation-invitations", room.neighbour()));
		assertThat(invitations.select("a[href='" + location + "']")).hasSize(1);
		var page = Pages.html(pages.get(location, room.neighbour()));
		assertThat(page.select("#cocreation-live[hx-get]")).hasSize(1);
		assertThat(page.select("[sse-connect='" + location + "/live']")).hasSize(1);
		assertThat(page.select("#propose-objective-new")).hasSize(1);
		assertThat(page.select("#cocreation-participants + ul").text()).contains("Neighbour").doesNotContain("not joined");
	}

	@Test
	void aProposalIsCheckedNextToItsFieldAndAnAcceptedOneComesBackAsAnEmptyFormThatRefreshesTheBoard() {
		var room = fixtures.room();
		long session = fixtures.open(room);

		var refused = pages.post("/co-creation/" + session + "/items", room.member(), objectiveForm(" "));
		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select("#propose-objective-new-text-error").text()).isNotBlank();
		assertThat(Api.<List<Object>>read(api.get(uri(session), room.lead()), "$.objectives")).isEmpty();

		var accepted = pages.post("/co-creation/" + session + "/items", room.member(), objectiveForm("Grow revenue by 30%"),
				"HX-Request", "true");
		assertThat(accepted).hasStatusOk().hasHeader("HX-Trigger", "cocreation-changed");
		assertThat(Pages.html(accepted).select("#propose-objective-new-text").val()).isEmpty();

		var shown = board(session, room.teammate());
		assertThat(shown.select(".cocreation-objective h3").text()).isEqualTo("Grow revenue by 30%");
		assertThat(shown.select(".cocreation-objective .hint").text()).contains("qualitative");
		assertThat(shown.select("#more-key-result-" + itemOf(session) + "[hx-preserve]")).hasSize(1);
		assertThat(board(session, room.outsider()).select(".cocreation-quick")).as("watching only").isEmpty();
	}

	private long itemOf(long session) {
		return Api.<Number>read(api.get(uri(session), api.admin()), "$.objectives[0].item.id").longValue();
	}

	@Test
	void aStaleEditIsRefusedNextToTheFormWithTheCurrentTextAndTheWordsTypedKept() {
		var room = fixtures.room();
		long session = fixtures.open(room);
		long item = fixtures.objective(session, room.member(), "Make teams self-sufficient");
		int version = fixtures.version(session, room.member(), item);
		assertThat(api.put(uri(session) + "/items/" + item, room.lead(),
				Map.of("text", "Make every team self-sufficient", "version", version))).hasStatusOk();

		var stale = pages.post("/co-creation/" + session + "/items/" + item + "/edit", room.teammate(),
				Map.of("kind", "OBJECTIVE", "text", "Let teams run without us", "description", "", "version", String.valueOf(version)));

		assertThat(stale).hasStatus(422);
		var form = Pages.html(stale);
		assertThat(form.select(".notice.conflict").text()).contains("Make every team self-sufficient");
		assertThat(form.select("#edit-" + item + "-text").val()).isEqualTo("Let teams run without us");
		assertThat(form.select("input[name=version]").val()).isEqualTo(String.valueOf(version + 1));
		assertThat(Api.<String>read(api.get(uri(session), room.lead()), "$.objectives[0].item.text"))
			.isEqualTo("Make every team self-sufficient");
	}

	@Test
	void quickActionsAnswerWithTheRefreshOrWithWhyAboveTheBoard() {
		var room = fixtures.room();
		long session = fixtures.open(room);
		long item = fixtures.objective(session, room.member(), "Make every team self-sufficient");

		var notVoting = pages.post("/co-creation/" + session + "/items/" + item + "/votes", room.member(), Map.of(),
				"HX-Request", "true");
		assertThat(notVoting).hasStatus(422).hasHeader("HX-Retarget", "#cocreation-notice");
		assertThat(Pages.html(notVoting).text()).contains("voting round");

		var plusOne = pages.post("/co-creation/" + session + "/items/" + item + "/plus-one", room.member(), Map.of("on", "true"),
				"HX-Request", "true");
		assertThat(plusOne).hasStatusOk().hasHeader("HX-Trigger", "cocreation-changed").hasHeader("HX-Retarget", "#cocreation-notice");
		assertThat(Pages.html(plusOne).select(".notice")).as("an earlier refusal cleared").isEmpty();
		assertThat(Api.<Integer>read(api.get(uri(session), room.lead()), "$.objectives[0].plusOnes")).isEqualTo(1);

		var withoutScripts = pages.post("/co-creation/" + session + "/voting", room.lead(), Map.of("version", "1"));
		assertThat(withoutScripts).hasStatus3xxRedirection();
		assertThat(Api.<String>read(api.get(uri(session), room.lead()), "$.session.state")).isEqualTo("VOTING");
	}

	@Test
	void theSixthObjectivesDecisionFormSaysWhyItCannotBeAdopted() {
		var room = fixtures.room();
		long session = fixtures.open(room);
		for (int i = 0; i < 5; i++) {
			fixtures.adopt(session, room.lead(), fixtures.objective(session, room.member(), "Ambition " + (char) ('A' + i)));
		}
		long sixth = fixtures.objective(session, room.member(), "Ambition F");

		assertThat(board(session, room.member()).select("#item-" + sixth + "-blocker").text()).contains("At most 5 objectives");
		var refused = pages.post("/co-creation/" + session + "/items/" + sixth + "/decision", room.lead(),
				Map.of("state", "ADOPTED", "reason", "", "version", "1"));
		assertThat(refused).hasStatus(422);
		assertThat(Pages.html(refused).select(".notice.error").text()).contains("At most 5 objectives");
		var stale = pages.post("/co-creation/" + session + "/items/" + sixth + "/decision", room.lead(),
				Map.of("state", "DROPPED", "reason", "Too many", "version", "0"));
		assertThat(stale).hasStatus(422);
		assertThat(Pages.html(stale).select("input[name=version]").val()).as("the current version, to decide again")
			.isEqualTo(String.valueOf(fixtures.version(session, room.lead(), sixth)));
		assertThat(Pages.html(stale).select("input[name=reason]").val()).isEqualTo("Too many");
	}

	@Test
	void theSessionReadsInChinese() {
		var room = fixtures.room();
		long session = fixtures.open(room);
		fixtures.objective(session, room.member(), "让每个团队都能自主交付");
		speaksChinese(room.teammate());

		var page = Pages.html(pages.get("/co-creation/" + session, room.teammate()));

		assertThat(page.select("h1").text()).startsWith("共创会");
		assertThat(page.select("#cocreation-state .badge").text()).isEqualTo("提议中");
		assertThat(page.select("#cocreation-proposals").text()).isEqualTo("提议");
		assertThat(page.text()).doesNotContain("Propose");
	}

	@Test
	void theBoardIsReadInAConstantNumberOfStatementsHoweverManyItemsAndPeople() {
		var room = fixtures.room();
		long small = fixtures.open(room);
		fixtures.objective(small, room.member(), "One ambition");
		var other = fixtures.room();
		long large = fixtures.open(other);
		for (int i = 0; i < 5; i++) {
			long objective = fixtures.objective(large, other.member(), "Ambition " + i);
			fixtures.keyResult(large, other.teammate(), objective, "Result " + i);
			api.post(uri(large) + "/items/" + objective + "/comments", other.lead(), Map.of("text", "Why " + i));
			api.put(uri(large) + "/items/" + objective + "/plus-one", other.teammate(), null);
		}

		statements.reset();
		board(small, room.member());
		int smallBoard = statements.count();
		statements.reset();
		board(large, other.member());
		int largeBoard = statements.count();
		statements.reset();
		api.get(uri(large), other.member());
		int largeApi = statements.count();
		statements.reset();
		api.get(uri(small), room.member());
		int smallApi = statements.count();

		assertThat(largeBoard).isEqualTo(smallBoard);
		assertThat(largeApi).isEqualTo(smallApi);
	}

	@Test
	void hintsShowWhileAProposalIsTyped() {
		var room = fixtures.room();
		long session = fixtures.open(room);

		var objective = Pages.html(pages.post("/co-creation/" + session + "/hints", room.member(),
				Map.of("kind", "OBJECTIVE", "text", "Grow revenue by 30%")));
		var keyResult = Pages.html(pages.post("/co-creation/" + session + "/hints", room.member(),
				Map.of("kind", "KEY_RESULT", "text", "Hold three workshops")));
		var fine = Pages.html(pages.post("/co-creation/" + session + "/hints", room.member(),
				Map.of("kind", "OBJECTIVE", "text", "Delight every new customer")));

		assertThat(objective.select(".hint").text()).contains("qualitative");
		assertThat(keyResult.select(".hint").text()).contains("activity");
		assertThat(fine.select(".hint")).isEmpty();
		assertThat(Pages.html(pages.get("/co-creation/" + session, room.member()))
			.select("#propose-objective-new-text[hx-post='/co-creation/" + session + "/hints']")).hasSize(1);
	}
}
