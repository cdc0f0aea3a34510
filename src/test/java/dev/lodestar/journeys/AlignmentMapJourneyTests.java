package dev.lodestar.journeys;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.interactions.Actions;

import dev.lodestar.support.Api;
import dev.lodestar.support.BrowserJourney;

import static org.assertj.core.api.Assertions.assertThat;

/** The alignment map in a real browser: drawn by ECharts, an objective chosen, and what it links to merged in. */
class AlignmentMapJourneyTests extends BrowserJourney {

	/**
	 * A cycle of its own far from the others' quarter, so that the many objectives drawn here never crowd the
	 * objectives other tests search for in the cycles that contain theirs.
	 */
	private long mapCycle() {
		return api.newCycle("ACTIVE", "2031-01-01", "2031-03-31");
	}

	private static final String NODE_NAMES = "var chart = echarts.getInstanceByDom(document.getElementById('alignment-map'));"
			+ " return chart ? chart.getOption().series[0].data.map(function (d) { return d.name; }) : null;";

	@Test
	void drawsATeamsNeighbourhoodAndExpandsAnObjectiveOnDemand() {
		var lead = api.newPerson("Cartographer");
		long cycle = mapCycle();
		long company = api.newTeam("Company", null, List.of(), List.of());
		long[] teams = new long[4];
		long[] objectives = new long[4];
		for (int i = 0; i < 4; i++) {
			teams[i] = api.newTeam("Level", company, i == 3 ? List.of(lead.personId()) : List.of(), List.of());
			objectives[i] = api.newTeamObjective(api.admin(), cycle, teams[i], "Goal at level " + i);
			if (i > 0) {
				api.link(api.admin(), objectives[i], objectives[i - 1], null);
			}
		}
		api.post("/api/v1/objectives", lead, Map.of("cycleId", cycle, "ownerPersonId", lead.personId(), "title", "Hidden",
				"visibility", "PRIVATE"));
		browser.signIn(Api.read(api.get("/api/v1/people/me", lead), "$.email"), "password-1");

		browser.go("/alignment?cycle=" + cycle + "&team=" + teams[3]);
		var js = (JavascriptExecutor) browser.driver();
		browser.waitUntil(driver -> js.executeScript(NODE_NAMES) != null);
		@SuppressWarnings("unchecked")
		List<String> names = (List<String>) js.executeScript(NODE_NAMES);
		assertThat(names).contains("Goal at level 1", "Goal at level 2", "Goal at level 3").doesNotContain("Goal at level 0");
		browser.screenshot("alignment-map-en");

		Object at = js.executeScript("var el = document.getElementById('alignment-map');"
				+ " var chart = echarts.getInstanceByDom(el);"
				+ " var node = chart.getOption().series[0].data.find(function (d) { return d.name === 'Goal at level 1'; });"
				+ " var p = chart.convertToPixel({ seriesIndex: 0 }, [node.x, node.y]);"
				+ " return [Math.round(p[0] - el.clientWidth / 2), Math.round(p[1] - el.clientHeight / 2)];");
		@SuppressWarnings("unchecked")
		List<Long> offset = (List<Long>) at;
		new Actions(browser.driver()).moveToElement(browser.find(By.id("alignment-map")), offset.get(0).intValue(),
				offset.get(1).intValue()).click().perform();
		browser.waitFor(By.cssSelector("#alignment-map-detail a[href='/objectives/" + objectives[1] + "']"));
		browser.find(By.cssSelector("#alignment-map-detail button")).click();
		browser.waitUntil(driver -> String.valueOf(js.executeScript(NODE_NAMES)).contains("Goal at level 0"));
		browser.screenshot("alignment-map-expanded");

		browser.find(By.cssSelector(".language-switch button[value=zh-CN]")).click();
		browser.waitUntil(driver -> "zh-CN".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
		browser.waitUntil(driver -> js.executeScript(NODE_NAMES) != null);
		assertThat(browser.find(By.cssSelector("main h1")).getText()).isEqualTo("对齐地图");
		browser.screenshot("alignment-map-zh");
	}
}
