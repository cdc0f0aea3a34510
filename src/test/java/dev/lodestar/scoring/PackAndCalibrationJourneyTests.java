package dev.lodestar.scoring;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.support.Api;
import dev.lodestar.support.BrowserJourney;

import static org.assertj.core.api.Assertions.assertThat;

/** The review pack and calibration in a real browser: reached from the team and home pages, the chart drawn. */
class PackAndCalibrationJourneyTests extends BrowserJourney {

	@Autowired
	private JdbcClient jdbc;

	private static final String CHART = "var chart = echarts.getInstanceByDom(document.querySelector('[data-calibration-chart]'));"
			+ " if (!chart) { return null; } var series = chart.getOption().series;"
			+ " var band = series[series.length - 1].markArea.data[0];"
			+ " var grid = chart.getModel().getComponent('grid').coordinateSystem.getRect();"
			+ " var from = chart.convertToPixel({ xAxisIndex: 1 }, band[0].xAxis);"
			+ " var to = chart.convertToPixel({ xAxisIndex: 1 }, band[1].xAxis);"
			+ " return [series[0].data, Math.round((from - grid.x) / grid.width * 11 * 100),"
			+ " Math.round((to - grid.x) / grid.width * 11 * 100)];";

	@Test
	void aMemberFindsTheTeamsPackAndTheirOwnCalibrationWithItsChart() {
		var story = new ScoringStory(api, new WeeklyReviewRows(jdbc)).build();
		browser.signIn(Api.read(api.get("/api/v1/people/me", story.max), "$.email"), "password-1");

		browser.go("/teams/" + story.team + "?cycle=" + story.cycle);
		browser.find(By.cssSelector(".pack-team-links a[href='/teams/" + story.team + "/pack?cycle=" + story.cycle + "']")).click();
		browser.waitFor(By.id("pack-summary"));
		assertThat(browser.find(By.id("pack-checked-in")).getText()).isEqualTo("2 of 3");
		assertThat(browser.driver().getPageSource()).doesNotContain("secret");
		browser.screenshot("review-pack");
		// On paper the page keeps the pack and drops the navigation and buttons.
		((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(browser.driver().findElement(By.cssSelector("nav.top-nav")).isDisplayed()).isFalse();
		assertThat(browser.driver().findElement(By.cssSelector("button[data-print]")).isDisplayed()).isFalse();
		assertThat(browser.driver().findElement(By.id("pack-summary")).isDisplayed()).isTrue();
		browser.screenshot("review-pack-as-printed");
		((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		browser.find(By.cssSelector(".pack-tools a.button")).click();
		browser.waitFor(By.id("pack-summary"));
		assertThat(browser.driver().findElements(By.cssSelector("nav.top-nav"))).isEmpty();
		browser.screenshot("review-pack-print");

		browser.go("/");
		browser.find(By.cssSelector(".calibration-link a")).click();
		var js = (JavascriptExecutor) browser.driver();
		browser.waitUntil(driver -> js.executeScript(CHART) != null);
		@SuppressWarnings("unchecked")
		List<Object> chart = (List<Object>) js.executeScript(CHART);
		assertThat(chart.get(0)).isEqualTo(List.of(0L, 0L, 0L, 0L, 0L, 1L, 0L, 1L, 0L, 0L, 0L));
		// The band runs from the left edge of step 0.6 (the 7th of 11) to the right edge of 0.7, in hundredths of a step.
		assertThat(chart.subList(1, 3)).containsExactly(600L, 800L);
		browser.screenshot("calibration");
	}
}
