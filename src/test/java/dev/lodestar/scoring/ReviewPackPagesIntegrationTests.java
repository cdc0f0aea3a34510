package dev.lodestar.scoring;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.support.Api;
import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewPackPagesIntegrationTests extends PageIntegrationTest {

	@Autowired
	private JdbcClient jdbc;

	private ScoringStory story;

	@BeforeEach
	void tellTheStory() {
		story = new ScoringStory(api, new WeeklyReviewRows(jdbc)).build();
	}

	private String weekQuery() {
		return "week=" + story.today + "&cycle=" + story.cycle;
	}

	/** Any day asks for its week; the pack names the week by its Monday. */
	private String mondayQuery() {
		return "week=" + story.monday + "&cycle=" + story.cycle;
	}

	@Test
	void theWeekPackShowsTheSummaryCheckInsScoresAndRevealedFeedbackInEnglish() {
		var result = pages.get("/teams/" + story.team + "/pack?" + weekQuery(), story.mia);

		assertThat(result).hasStatusOk();
		var page = Pages.html(result);
		assertThat(page.select("h1").text()).contains("review pack of the week of");
		assertThat(page.select("#pack-objectives").text()).isEqualTo("2");
		assertThat(page.select("#pack-checked-in").text()).isEqualTo("2 of 3");
		assertThat(page.select("#pack-mean-score").text()).isEqualTo("0.6");
		assertThat(page.select("#pack-healthy").text()).isEqualTo("2 of 3 scored");
		var keyResult = page.select("[data-key-result=" + story.teamKeyResult + "]");
		assertThat(keyResult.select(".pack-self-score").text()).isEqualTo("Self-score 0.6 (final): healthy ambition");
		assertThat(keyResult.select(".pack-check-ins").text()).contains("2 check-ins").contains("confidence 5 → 7");
		assertThat(keyResult.select(".pack-notes li").eachText()).hasSize(2).anyMatch(note -> note.endsWith("campaign worked"));
		assertThat(keyResult.select(".pack-feedback li").eachText())
			.containsExactly("Max would score it 0.8 instead of 0.6 more than you think", "Mia agrees with 0.6 fair");
		var review = page.select("[data-review=" + story.revealedReview + "]");
		assertThat(review.select(".meta").first().text()).isEqualTo("Feedback revealed");
		assertThat(review.select(".pack-attendance .chip").eachText()).containsExactly("Lea", "Max");
		assertThat(review.select(".pack-decisions li").eachText()).anyMatch(text -> text.contains("Ship the campaign"));
		assertThat(page.select("button[data-print]")).hasSize(1);
		assertThat(page.select("a[href=\"/teams/" + story.team + "/pack/print?" + mondayQuery() + "\"]")).hasSize(1);
		assertThat(page.text()).doesNotContain("secret").doesNotContain("Private plan");
	}

	@Test
	void theCyclePackInChineseShowsOpenReviewsWithoutTheirFeedback() {
		speaksChinese(story.lea);

		var page = Pages.html(pages.get("/teams/" + story.team + "/pack?cycle=" + story.cycle, story.lea));

		assertThat(page.select("h1").text()).contains("复盘材料");
		assertThat(page.select("[data-review=" + story.openReview + "] .meta").first().text())
			.isEqualTo("进行中：负责人公开之前，反馈保持私密");
		assertThat(page.select("[data-review=" + story.revealedReview + "] .meta").first().text()).isEqualTo("反馈已公开");
		assertThat(page.select("[data-key-result=" + story.teamKeyResult + "] .pack-feedback li").eachText())
			.containsExactly("Max 会评 0.8，而不是 0.6 more than you think", "Mia 同意评分 0.6 fair");
		assertThat(page.text()).doesNotContain("secret");
	}

	@Test
	void thePrintablePackHasNoNavigationAndPrintStyles() {
		var result = pages.get("/teams/" + story.team + "/pack/print?" + weekQuery(), story.max);

		assertThat(result).hasStatusOk();
		var page = Pages.html(result);
		assertThat(page.select("nav.top-nav")).isEmpty();
		assertThat(page.select("link[href=/css/pack.css]")).hasSize(1);
		assertThat(page.select("h1").text()).contains("review pack of the week of");
		assertThat(page.select("a[href=\"/teams/" + story.team + "/pack?" + mondayQuery() + "\"]")).hasSize(1);
		assertThat(page.text()).doesNotContain("secret");
		assertThat(Api.body(pages.get("/css/pack.css", story.max))).contains("@media print");
	}

	@Test
	void thePackPagesCostTheSameStatementsWhateverTheirSize() {
		String page = "/teams/" + story.team + "/pack?cycle=" + story.cycle;
		String print = "/teams/" + story.team + "/pack/print?cycle=" + story.cycle;
		pages.get(page, story.max);
		statements.reset();
		assertThat(pages.get(page, story.max)).hasStatusOk();
		int small = statements.count();
		statements.reset();
		assertThat(pages.get(print, story.max)).hasStatusOk();
		int smallPrint = statements.count();

		story.grow();

		statements.reset();
		var bigger = Pages.html(pages.get(page, story.max));
		assertThat(statements.count()).isEqualTo(small);
		assertThat(bigger.select(".pack-key-result")).hasSize(12);
		statements.reset();
		assertThat(pages.get(print, story.max)).hasStatusOk();
		assertThat(statements.count()).isEqualTo(smallPrint);
	}

	@Test
	void someoneOutsideTheTeamMayNotOpenItsPack() {
		assertThat(pages.get("/teams/" + story.team + "/pack?" + weekQuery(), story.otto)).hasStatus(403);
		assertThat(pages.get("/teams/" + story.team + "/pack/print?" + weekQuery(), story.otto)).hasStatus(403);
	}

	@Test
	void theTeamPageLinksThePacksAndOnlyMembersToTheTeamsCalibration() {
		String links = "/teams/" + story.team + "/scoring-links?cycle=" + story.cycle;

		var member = Pages.html(pages.get(links, story.mia));
		var admin = Pages.html(pages.get(links, api.admin()));
		var outsider = Pages.html(pages.get(links, story.otto));

		assertThat(member.select("a").eachAttr("href")).containsExactly("/teams/" + story.team + "/pack",
				"/teams/" + story.team + "/pack?cycle=" + story.cycle, "/teams/" + story.team + "/calibration");
		assertThat(admin.select("a").eachAttr("href")).doesNotContain("/teams/" + story.team + "/calibration").hasSize(2);
		assertThat(outsider.select("a")).isEmpty();
		assertThat(Pages.html(pages.get("/teams/" + story.team + "?cycle=" + story.cycle, story.mia))
			.select("[hx-get=\"" + links + "\"]")).hasSize(1);
	}
}
