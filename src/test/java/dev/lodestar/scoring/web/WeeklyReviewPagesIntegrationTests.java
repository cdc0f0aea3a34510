package dev.lodestar.scoring.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.scoring.ReviewFixtures;
import dev.lodestar.scoring.ScoreManagement;
import dev.lodestar.support.Api;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static dev.lodestar.scoring.ReviewFixtures.wouldScore;
import static org.assertj.core.api.Assertions.assertThat;

class WeeklyReviewPagesIntegrationTests extends PageIntegrationTest {

	private static final String SECRET = "Persimmon-otter aside";

	@Autowired
	ScoreManagement scoring;

	ReviewFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ReviewFixtures(api, scoring);
	}

	private Document board(long review, Api.Session as) {
		var page = pages.get("/reviews/" + review + "/board", as);
		assertThat(page).hasStatusOk();
		return Pages.html(page);
	}

	private Map<String, String> feedbackForm(String opinion, String score, String comment, String version) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("opinion", opinion);
		form.put("suggestedScore", score);
		form.put("comment", comment);
		form.put("version", version);
		form.put("keyResultTitle", "The key result");
		return form;
	}

	private String feedbackUri(long review, long keyResult) {
		return "/reviews/" + review + "/key-results/" + keyResult + "/feedback";
	}

	@Test
	void theTeamPageLoadsALinkToItsWeeklyReviewForTheTeamsPeopleOnly() {
		var team = fixtures.team();

		var teamPage = Pages.html(pages.get("/teams/" + team.teamId(), team.owner()));
		var memberLink = Pages.html(pages.get("/teams/" + team.teamId() + "/review-link", team.owner()));
		var outsiderLink = Pages.html(pages.get("/teams/" + team.teamId() + "/review-link", team.outsider()));

		assertThat(teamPage.select("[hx-get=/teams/" + team.teamId() + "/review-link][hx-trigger=load]")).hasSize(1);
		assertThat(memberLink.select("a[href=/teams/" + team.teamId() + "/review]").text()).isEqualTo("Weekly review");
		assertThat(outsiderLink.select("a")).isEmpty();
	}

	@Test
	void aLeadOpensThisWeeksReviewFromTheTeamsReviewPageAndMembersJoinIt() {
		var team = fixtures.team();

		var forMember = Pages.html(pages.get("/teams/" + team.teamId() + "/review", team.owner()));
		var forLead = Pages.html(pages.get("/teams/" + team.teamId() + "/review", team.lead()));
		assertThat(forMember.select("form[action=/teams/" + team.teamId() + "/review]")).isEmpty();
		assertThat(forMember.select("main .empty").text()).contains("not open yet");
		assertThat(forLead.select("form[action=/teams/" + team.teamId() + "/review] button").text())
			.isEqualTo("Open this week's review");

		var opened = pages.post("/teams/" + team.teamId() + "/review", team.lead(), Map.of());
		assertThat(opened).hasStatus3xxRedirection();
		String location = opened.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/reviews/");
		assertThat(Pages.html(pages.get("/teams/" + team.teamId() + "/review", team.owner())).select("a[href=" + location + "]").eachText())
			.contains("Join this week's review");
		assertThat(pages.post("/teams/" + team.teamId() + "/review", team.owner(), Map.of())).hasStatus(422);
	}

	@Test
	void theBoardIsALivePageWhoseOpeningRecordsAttendanceOnce() {
		var team = fixtures.team();
		long review = fixtures.open(team);

		var page = Pages.html(pages.get("/reviews/" + review, team.teammate()));
		pages.get("/reviews/" + review, team.teammate());

		assertThat(page.select("script[src=/webjars/htmx-ext-sse/sse.js]")).hasSize(1);
		assertThat(page.select("[hx-ext=sse][sse-connect=/reviews/" + review + "/live] #review-live").attr("hx-trigger"))
			.contains("sse:review-changed");
		assertThat(page.select("#review-kr-" + team.keyResultId() + " .review-score").attr("data-score")).isEqualTo("0.7");
		assertThat(page.select("#review-kr-" + team.keyResultId() + " .review-score").text()).contains("healthy ambition");
		assertThat(board(review, team.lead()).select(".chip").eachText()).containsExactly(page.select(".chip").text());
		assertThat(pages.get("/webjars/htmx-ext-sse/sse.js", team.teammate())).hasStatusOk();
		assertThat(pages.get("/reviews/" + review, team.outsider())).hasStatus(404);
		assertThat(pages.get("/reviews/" + review + "/board", team.outsider())).hasStatus(404);
		assertThat(pages.get("/reviews/" + review + "/live", team.outsider())).hasStatus(404);
	}

	@Test
	void feedbackShowsAsACountOnlyUntilTheLeadRevealsItThenEveryoneOnTheTeamReadsIt() {
		var team = fixtures.team();
		long review = fixtures.open(team);

		var given = pages.post(feedbackUri(review, team.keyResultId()), team.teammate(), feedbackForm("score", "0.5", SECRET, "0"));

		assertThat(given).hasStatusOk().hasHeader("HX-Trigger", "review-changed");
		assertThat(Pages.html(given).select("form").hasAttr("hx-preserve")).isFalse();
		assertThat(board(review, team.teammate()).select("#review-kr-" + team.keyResultId() + " .review-mine").text()).contains(SECRET);
		assertThat(board(review, team.teammate()).select("#feedback-" + team.keyResultId()).hasAttr("hx-preserve")).isTrue();
		for (var reader : List.of(team.owner(), team.lead())) {
			var page = pages.get("/reviews/" + review, reader);
			assertThat(Api.body(page)).doesNotContain(SECRET);
			assertThat(Pages.html(page).select("#review-kr-" + team.keyResultId() + " .review-feedback-count").text())
				.isEqualTo("1 teammate gave feedback");
		}
		assertThat(board(review, team.owner()).select("#feedback-" + team.keyResultId())).isEmpty();

		var revealed = pages.post("/reviews/" + review + "/reveal", team.lead(), Map.of("version", "1"));

		assertThat(revealed).hasStatus3xxRedirection();
		for (var reader : List.of(team.owner(), team.lead(), team.teammate())) {
			var feedback = board(review, reader).select("#review-kr-" + team.keyResultId() + " .review-feedback");
			assertThat(feedback.text()).contains(SECRET).contains("would score it 0.5");
		}
		assertThat(board(review, team.teammate()).select("#feedback-" + team.keyResultId())).isEmpty();
		var revise = board(review, team.owner()).select("#review-revise-" + team.keyResultId());
		assertThat(revise.attr("hx-get")).isEqualTo("/key-results/" + team.keyResultId() + "/score-form");
		assertThat(revise.attr("hx-trigger")).contains("scored-" + team.keyResultId() + " from:body");
		assertThat(revise.select("a").attr("href")).isEqualTo("/objectives/" + team.objectiveId() + "#scores");
		assertThat(board(review, team.teammate()).select("#review-revise-" + team.keyResultId())).isEmpty();
	}

	@Test
	void refusedFeedbackAnswers422WithTheMessageNextToTheFieldAndChangesNothing() {
		var team = fixtures.team();
		long review = fixtures.open(team);
		String uri = feedbackUri(review, team.keyResultId());
		String prefix = "#feedback-" + team.keyResultId() + "-";

		var tooHigh = pages.post(uri, team.teammate(), feedbackForm("score", "1.05", "Too high", "0"));
		var between = pages.post(uri, team.teammate(), feedbackForm("score", "0.55", "Between", "0"));
		var long5000 = pages.post(uri, team.teammate(), feedbackForm("score", "0.5", "x".repeat(5000), "0"));
		var own = pages.post(uri, team.owner(), feedbackForm("agree", "", "Mine", "0"));

		assertThat(tooHigh).hasStatus(422);
		assertThat(Pages.html(tooHigh).select(prefix + "suggested-error").text()).isEqualTo("must be between 0.0 and 1.0");
		assertThat(Pages.html(tooHigh).select(prefix + "suggested").attr("value")).isEqualTo("1.05");
		assertThat(Pages.html(between).select(prefix + "suggested-error").text()).contains("multiple of 0.1");
		assertThat(long5000).hasStatus(422);
		assertThat(Pages.html(long5000).select(prefix + "comment-error").text()).isNotBlank();
		assertThat(own).hasStatus(422);
		assertThat(Pages.html(own).select("[role=alert]").text()).contains("not on your own");
		assertThat(board(review, team.lead()).select("#review-kr-" + team.keyResultId() + " .review-feedback-count").text())
			.isEqualTo("No feedback yet");

		pages.post("/reviews/" + review + "/close", team.lead(), Map.of("version", "1"));
		var afterClose = pages.post(uri, team.teammate(), feedbackForm("agree", "", "After the review closed", "0"));
		assertThat(afterClose).hasStatus(422);
		assertThat(Pages.html(afterClose).select("[role=alert]").text()).contains("review closed");
	}

	@Test
	void theLeadRecordsDecisionsRevealsAndClosesFromThePageAndBadInputStaysOnIt() {
		var team = fixtures.team();
		long review = fixtures.open(team);

		var page = Pages.html(pages.get("/reviews/" + review, team.lead()));
		assertThat(page.select("#review-reveal").text()).isEqualTo("Reveal all feedback");
		assertThat(Pages.html(pages.get("/reviews/" + review, team.owner())).select("#review-reveal")).isEmpty();

		var empty = pages.post("/reviews/" + review + "/decisions", team.lead(), Map.of("text", " ", "keyResultId", ""));
		assertThat(empty).hasStatus(422);
		assertThat(Pages.html(empty).select("#decision-text-error").text()).isNotBlank();
		assertThat(pages.post("/reviews/" + review + "/decisions", team.lead(),
				Map.of("text", "Pair on the launch", "keyResultId", String.valueOf(team.keyResultId())))).hasStatus3xxRedirection();
		var stale = pages.post("/reviews/" + review + "/reveal", team.lead(), Map.of("version", "5"));
		assertThat(stale).hasStatus(422);
		assertThat(Pages.html(stale).select("[role=alert]").text()).contains("changed after you read it");
		assertThat(pages.post("/reviews/" + review + "/close", team.lead(), Map.of("version", "1"))).hasStatus3xxRedirection();

		var closed = Pages.html(pages.get("/reviews/" + review, team.owner()));
		assertThat(closed.select("#review-state").attr("data-state")).isEqualTo("CLOSED");
		assertThat(closed.select("#review-decisions ~ ul, section[aria-labelledby=review-decisions]").text()).contains("Pair on the launch");
		assertThat(Pages.html(pages.get("/reviews/" + review, team.lead())).select("#review-close")).isEmpty();
	}

	@Test
	void theBoardSpeaksChinese() {
		var team = fixtures.team();
		long review = fixtures.open(team);
		api.put("/api/v1/reviews/" + review + "/feedback/" + team.keyResultId(), team.teammate(), wouldScore("0.5", "有点高", 0));
		speaksChinese(team.lead());
		speaksChinese(team.teammate());

		var lead = Pages.html(pages.get("/reviews/" + review, team.lead()));
		var refused = pages.post(feedbackUri(review, team.keyResultId()), team.teammate(), feedbackForm("score", "1.05", "太高", "1"));

		assertThat(lead.select("h1").text()).startsWith("Review team").endsWith("的周例会");
		assertThat(lead.select("#review-reveal").text()).isEqualTo("公开所有反馈");
		assertThat(lead.select("#review-kr-" + team.keyResultId() + " .review-feedback-count").text()).isEqualTo("已有 1 位队友反馈");
		assertThat(lead.select("#review-kr-" + team.keyResultId() + " .review-score").text()).contains("健康");
		assertThat(Pages.html(refused).select("#feedback-" + team.keyResultId() + "-suggested-error").text()).isNotBlank()
			.doesNotContain("must be");
	}

	@Test
	void theBoardPageIsReadInAConstantNumberOfStatementsWhateverTheTeamsSize() {
		var small = fixtures.team();
		long smallReview = fixtures.open(small);
		var large = fixtures.team();
		fixtures.grow(large, 4);
		long largeReview = fixtures.open(large);
		pages.get("/reviews/" + smallReview, small.teammate());
		pages.get("/reviews/" + largeReview, large.teammate());

		statements.reset();
		assertThat(pages.get("/reviews/" + smallReview + "/board", small.teammate())).hasStatusOk();
		int smallBoard = statements.count();
		statements.reset();
		assertThat(pages.get("/reviews/" + largeReview + "/board", large.teammate())).hasStatusOk();
		int largeBoard = statements.count();
		statements.reset();
		assertThat(pages.get("/reviews/" + smallReview, small.teammate())).hasStatusOk();
		int smallPage = statements.count();
		statements.reset();
		assertThat(pages.get("/reviews/" + largeReview, large.teammate())).hasStatusOk();
		int largePage = statements.count();

		assertThat(board(largeReview, large.teammate()).select(".review-key-result")).hasSize(9);
		assertThat(largeBoard).isEqualTo(smallBoard);
		assertThat(largePage).isEqualTo(smallPage);
	}
}
