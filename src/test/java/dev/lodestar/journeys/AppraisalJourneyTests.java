package dev.lodestar.journeys;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import dev.lodestar.kpis.KpiApi;
import dev.lodestar.support.Api;
import dev.lodestar.support.BrowserJourney;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, a lead who is also an admin measures a KPI and sees its health and chart change, then runs an
 * appraisal from the measured KPIs: a period, a template, the results, an assessment, the export.
 */
class AppraisalJourneyTests extends BrowserJourney {

	private static final String CHART_POINTS = "var el = document.querySelector('[data-kpi-chart]');"
			+ " var chart = el && echarts.getInstanceByDom(el);"
			+ " return chart ? chart.getOption().series[0].data.length : null;";

	@Test
	void anAdminMeasuresKpisRunsAnAppraisalFromThemAndExportsIt() throws Exception {
		var admin = api.newPerson("Appraising", true);
		var member = api.newPerson("Appraisee");
		long team = api.newTeam("Appraised", null, List.of(admin.personId()), List.of(member.personId()));
		var kpis = new KpiApi(api);
		long deliveries = kpis.teamKpi(admin, team, Api.unique("Deliveries"));
		long quality = kpis.teamKpi(admin, team, Api.unique("Quality"));
		kpis.measured(admin, deliveries, "2026-10-05", 95);
		kpis.measured(admin, quality, "2026-10-05", 92);
		browser.signIn(Api.read(api.get("/api/v1/people/me", admin), "$.email"), "password-1");
		var js = (JavascriptExecutor) browser.driver();

		browser.go("/kpis/" + quality);
		browser.waitUntil(driver -> Long.valueOf(1).equals(js.executeScript(CHART_POINTS)));
		assertThat(browser.find(By.cssSelector("#kpi-measurements .badge.health")).getText()).isEqualTo("Healthy");
		js.executeScript("document.getElementById('kpi-measured-on').value = '2026-10-06';");
		browser.find(By.id("kpi-value")).sendKeys("50");
		browser.find(By.cssSelector("#kpi-measure-form button[type=submit]")).click();
		browser.waitUntil(driver -> "Critical".equals(driver.findElement(By.cssSelector("#kpi-measurements .badge.health")).getText()));
		browser.waitUntil(driver -> Long.valueOf(2).equals(js.executeScript(CHART_POINTS)));

		browser.go("/appraisal");
		browser.find(By.cssSelector("a[href='/appraisal/periods/new']")).click();
		String period = Api.unique("Autumn");
		browser.find(By.id("period-name")).sendKeys(period);
		js.executeScript("document.getElementById('period-starts-on').value = '2026-10-01';"
				+ "document.getElementById('period-ends-on').value = '2026-12-31';");
		browser.find(By.cssSelector("main form button[type=submit]")).click();
		browser.waitFor(By.cssSelector("main .notice[role=status]"));

		browser.go("/appraisal/templates/new");
		browser.find(By.id("template-name")).sendKeys(Api.unique("Delivery team"));
		new Select(browser.find(By.id("template-applies-to"))).selectByValue("TEAM_MEMBERS");
		new Select(browser.find(By.id("template-team"))).selectByValue(String.valueOf(team));
		new Select(browser.find(By.id("item-kpi-0"))).selectByValue(String.valueOf(deliveries));
		browser.find(By.id("item-weight-0")).sendKeys("60");
		new Select(browser.find(By.id("item-kpi-1"))).selectByValue(String.valueOf(quality));
		browser.find(By.id("item-weight-1")).sendKeys("40");
		browser.find(By.cssSelector("main form button[type=submit]")).click();
		browser.waitFor(By.cssSelector("main .notice[role=status]"));

		browser.go("/appraisal");
		browser.find(By.xpath("//li[strong='" + period + "']/a[contains(@class,'all-results')]")).click();
		// 60 × 0.95 + 40 × 0.5
		assertThat(browser.find(By.cssSelector("#result-" + member.personId() + " .weighted")).getText()).isEqualTo("77%");
		assertThat(browser.find(By.id("firewall-notice")).getText()).startsWith("OKR scores are never used in appraisal.");
		browser.screenshot("appraisal-results");

		browser.find(By.cssSelector("#result-" + member.personId() + " a")).click();
		assertThat(browser.find(By.id("weighted")).getText()).isEqualTo("Weighted KPI attainment: 77%");
		browser.find(By.id("assessment-text")).sendKeys("Delivered steadily; quality needs attention.");
		browser.find(By.cssSelector("#assessment form button[type=submit]")).click();
		browser.waitFor(By.cssSelector("#assessment .notice[role=status]"));
		browser.screenshot("appraisal-result");

		browser.go("/appraisal");
		browser.find(By.xpath("//li[strong='" + period + "']/a[contains(@class,'all-results')]")).click();
		String csv = browser.find(By.id("export-csv")).getAttribute("href");
		String cookies = browser.driver().manage().getCookies().stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> file = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(csv))
			.header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(file.statusCode()).isEqualTo(200);
		String text = new String(file.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFPerson,E-mail,Template,Weighted KPI attainment (%),KPIs not measured,Assessment");
		assertThat(text.lines().filter(line -> line.startsWith("Appraisee,")).findFirst().orElseThrow())
			.contains(",77,").contains("Delivered steadily");
	}
}
