package dev.lodestar.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import dev.lodestar.support.Api;
import dev.lodestar.support.BrowserJourney;

import static org.assertj.core.api.Assertions.assertThat;

/** An admin in a real browser: the admin pages in both languages, and a CSV import that must be clean to count. */
class AdminJourneyTests extends BrowserJourney {

	private Path csv(String content) throws IOException {
		Path file = Files.createTempFile("lodestar-import", ".csv");
		Files.writeString(file, content);
		return file;
	}

	private void upload(Path file) {
		browser.go("/admin/import");
		browser.find(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
		browser.find(By.cssSelector("#import-form button[type=submit]")).click();
	}

	@Test
	void importsNothingFromAFileWithABadRowAndEverythingFromTheFixedOne() throws IOException {
		String team = Api.unique("Imported team");
		String ada = Api.unique("ada").toLowerCase() + "@import.lodestar.test";
		String bo = Api.unique("bo").toLowerCase() + "@import.lodestar.test";
		String header = "type,name,email,locale,admin,teams,parent,leads,members\n";
		String teamRow = "team," + team + ",,,,,,," + "\n";
		browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);

		upload(csv(header + "person,Ada," + ada + ",en,false," + team + ",,,\n" + "person,Bo,not-an-e-mail,zh-CN,false,,,,\n" + teamRow));

		browser.waitFor(By.cssSelector("#import-result table.import-errors"));
		assertThat(browser.find(By.cssSelector("#import-result table.import-errors tbody")).getText()).contains("3");
		browser.screenshot("admin-import-refused-en");
		assertThat(api.get("/api/v1/people?q=" + ada, api.admin())).bodyJson().extractingPath("$.totalItems").isEqualTo(0);

		upload(csv(header + "person,Ada," + ada + ",en,false," + team + ",,,\n" + "person,Bo," + bo + ",zh-CN,false,,,,\n" + teamRow));
		browser.waitFor(By.cssSelector("#import-result .preview"));
		browser.find(By.cssSelector("#import-result .preview button")).click();
		browser.waitFor(By.cssSelector("#import-result [role=status]"));

		assertThat(api.get("/api/v1/people?q=" + ada, api.admin())).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
		assertThat(api.get("/api/v1/people?q=" + bo, api.admin())).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
		assertThat(api.get("/api/v1/teams?q=" + team, api.admin())).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
	}

	@Test
	void showsTheAdminPagesInBothLanguages() {
		browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
		for (String language : new String[] { "en", "zh-CN" }) {
			browser.go("/admin");
			browser.find(By.cssSelector(".language-switch button[value='" + language + "']")).click();
			browser.waitUntil(driver -> language.equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
			browser.screenshot("admin-" + language);
			browser.go("/admin/people");
			browser.waitFor(By.cssSelector("main h1"));
			browser.screenshot("admin-people-" + language);
			browser.go("/admin/teams");
			browser.waitFor(By.cssSelector("main h1"));
			browser.screenshot("admin-teams-" + language);
		}
		browser.find(By.cssSelector(".language-switch button[value='en']")).click();
		// The click reloads the page: reading <html> at once may catch the old one, so wait for the new one.
		browser.waitUntil(driver -> "en".equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
	}
}
