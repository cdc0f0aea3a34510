package dev.lodestar.journeys;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import dev.lodestar.kpis.KpiApi;
import dev.lodestar.support.Api;
import dev.lodestar.support.BrowserJourney;

import static org.assertj.core.api.Assertions.assertThat;

/** Measuring a KPI in a real browser: the form answers in place, and the health and the ECharts chart follow. */
class KpiJourneyTests extends BrowserJourney {

	private static final String POINTS = "var el = document.querySelector('[data-kpi-chart]');"
			+ " var chart = el && echarts.getInstanceByDom(el);"
			+ " return chart ? chart.getOption().series[0].data.length : null;";

	@Test
	void measuringAKpiChangesItsHealthAndItsChart() {
		var lead = api.newPerson("Measurer");
		long team = api.newTeam("Measured", null, List.of(lead.personId()), List.of());
		var kpis = new KpiApi(api);
		long kpi = kpis.teamKpi(lead, team, "Deliveries on time");
		kpis.measured(lead, kpi, "2026-10-05", 95);
		browser.signIn(Api.read(api.get("/api/v1/people/me", lead), "$.email"), "password-1");

		browser.go("/kpis/" + kpi);
		var js = (JavascriptExecutor) browser.driver();
		browser.waitUntil(driver -> Long.valueOf(1).equals(js.executeScript(POINTS)));
		assertThat(browser.find(By.cssSelector("#kpi-measurements .badge.health")).getText()).isEqualTo("Healthy");

		js.executeScript("document.getElementById('kpi-measured-on').value = '2026-10-12';");
		browser.find(By.id("kpi-value")).sendKeys("55");
		browser.find(By.cssSelector("#kpi-measure-form button[type=submit]")).click();

		browser.waitUntil(driver -> "Critical".equals(driver.findElement(By.cssSelector("#kpi-measurements .badge.health")).getText()));
		browser.waitUntil(driver -> Long.valueOf(2).equals(js.executeScript(POINTS)));
		browser.screenshot("kpi-measured");

		js.executeScript("document.getElementById('kpi-measured-on').value = '2026-10-01';");
		browser.find(By.id("kpi-value")).sendKeys("99");
		browser.find(By.cssSelector("#kpi-measure-form button[type=submit]")).click();

		browser.waitUntil(driver -> !driver.findElement(By.id("kpi-measured-on-error")).getText().isBlank());
		assertThat(browser.find(By.cssSelector("#kpi-measurements .badge.health")).getText()).isEqualTo("Critical");
		assertThat(js.executeScript(POINTS)).isEqualTo(2L);

		browser.go("/teams/" + team + "/kpis");
		assertThat(browser.find(By.cssSelector("tr[data-kpi='" + kpi + "'] .badge.health")).getText()).isEqualTo("Critical");
		assertThat(browser.find(By.cssSelector("tr[data-kpi='" + kpi + "'] svg.sparkline polyline")).getSize().getWidth())
			.isPositive();
		browser.screenshot("kpi-board");
	}
}
