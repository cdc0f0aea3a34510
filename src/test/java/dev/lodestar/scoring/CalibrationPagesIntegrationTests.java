package dev.lodestar.scoring;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.support.PageIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationPagesIntegrationTests extends PageIntegrationTest {

	@Autowired
	private JdbcClient jdbc;

	private ScoringStory story;

	@BeforeEach
	void tellTheStory() {
		story = new ScoringStory(api, new WeeklyReviewRows(jdbc)).build();
	}

	private String mine() {
		return "/people/" + story.max.personId() + "/calibration";
	}

	@Test
	void aPersonReadsTheirCalibrationInPlainEnglish() {
		var result = pages.get(mine(), story.max);

		assertThat(result).hasStatusOk();
		var page = Pages.html(result);
		assertThat(page.select("h1").text()).isEqualTo("Your calibration");
		assertThat(page.select("#calibration-gap-reading").text()).isEqualTo("Teammates would score 0.1 higher on average.");
		assertThat(page.select("#calibration-gap-count").text()).startsWith("From 2 pieces of revealed feedback");
		assertThat(page.select("#calibration-forecast-mean").text()).startsWith("Confidence missed the final score by 0.3");
		assertThat(page.select("#calibration-forecasts tbody tr td").eachText()).containsExactly(
				page.select("#calibration-forecasts tbody tr td").first().text(), "8 (reads 0.8)", "0.5", "0.3");
		assertThat(page.select("#calibration-shares tr[data-cycle=" + story.cycle + "] td").eachText())
			.containsExactly("0", "0", "0", "0", "0", "1", "0", "1", "0", "0", "0", "2", "1 (50%)");
		assertThat(page.select("script[src=/js/calibration-chart.js]")).hasSize(1);
		assertThat(page.select("[data-calibration-chart]").attr("data-calibration-chart"))
			.contains("\"steps\":[\"0.0\",\"0.1\"").contains("\"band\":[\"0.6\",\"0.7\"]").contains("\"counts\":[0,0,0,0,0,1,0,1,0,0,0]");
		assertThat(page.text()).doesNotContain("secret");
	}

	@Test
	void aPersonReadsTheirCalibrationInChinese() {
		speaksChinese(story.max);

		var page = Pages.html(pages.get(mine(), story.max));

		assertThat(page.select("h1").text()).isEqualTo("我的校准");
		assertThat(page.select("#calibration-gap-reading").text()).isEqualTo("队友平均会比自评高 0.1 分。");
		assertThat(page.select("[data-calibration-chart]").attr("data-calibration-chart")).contains("健康区间 0.6–0.7");
	}

	@Test
	void calibrationPagesCostTheSameStatementsWhateverTheirSize() {
		String team = "/teams/" + story.team + "/calibration";
		pages.get(mine(), story.max);
		statements.reset();
		assertThat(pages.get(mine(), story.max)).hasStatusOk();
		int small = statements.count();
		statements.reset();
		assertThat(pages.get(team, story.max)).hasStatusOk();
		int smallTeam = statements.count();

		story.grow();

		statements.reset();
		var bigger = Pages.html(pages.get(mine(), story.max));
		assertThat(statements.count()).isEqualTo(small);
		assertThat(bigger.select("#calibration-shares tbody tr")).hasSize(2);
		statements.reset();
		assertThat(pages.get(team, story.max)).hasStatusOk();
		assertThat(statements.count()).isEqualTo(smallTeam);
	}

	@Test
	void nobodyElseOpensAPersonsCalibrationPageNotTheirLeadNorAnAdmin() {
		assertThat(pages.get(mine(), story.lea)).hasStatus(403);
		assertThat(pages.get(mine(), api.admin())).hasStatus(403);
	}

	@Test
	void aTeamsMembersReadItsCalibrationAndOutsidersMayNot() {
		speaksChinese(story.mia);
		String uri = "/teams/" + story.team + "/calibration";

		var page = Pages.html(pages.get(uri, story.mia));

		assertThat(page.select("h1").text()).endsWith("的校准");
		assertThat(page.select("#calibration-gap-reading").text()).isEqualTo("队友平均会比自评高 0.1 分。");
		assertThat(pages.get(uri, story.otto)).hasStatus(403);
		assertThat(pages.get(uri, api.admin())).hasStatus(403);
	}

	@Test
	void theHomePageLinksTheReadersOwnCalibration() {
		var home = Pages.html(pages.get("/", story.max));
		var link = Pages.html(pages.get("/home/calibration-link", story.max));

		assertThat(home.select("[hx-get=/home/calibration-link]")).hasSize(1);
		assertThat(link.select(".calibration-link a").eachAttr("href")).isEqualTo(List.of(mine()));
	}
}
