package dev.lodestar.journeys;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import dev.lodestar.support.Api;
import dev.lodestar.support.BrowserJourney;
import dev.lodestar.support.TestOpenIdProvider;
import openidprovider.OpenIdProviderConfiguration;
import openidprovider.ProviderPeople.Account;

import static org.assertj.core.api.Assertions.assertThat;

/** A new colleague signs in with their company account for the first time, in a real browser, and lands at home. */
class CompanySignInJourneyTests extends BrowserJourney {

	@Test
	void aNewColleagueSignsInWithTheCompanyAccountAndBecomesAPerson() {
		TestOpenIdProvider.acceptRedirectsTo(port);
		String email = Api.unique("colleague") + "@company.test";
		TestOpenIdProvider.account(new Account(email, "Mei Chen", "en", true));
		int version = Api.read(api.get("/api/v1/policy/sign-in", api.admin()), "$.version");
		api.put("/api/v1/policy/sign-in", api.admin(), Map.of("createOnFirstSignIn", true, "version", version));
		try {
			browser.driver().manage().deleteAllCookies();
			browser.go("/sign-in");
			browser.screenshot("company-sign-in-offered");
			browser.find(By.id("company-sign-in")).click();

			browser.waitFor(By.name("username")).sendKeys(email);
			browser.find(By.name("password")).sendKeys(OpenIdProviderConfiguration.PASSWORD);
			browser.find(By.cssSelector("button[type=submit]")).click();

			browser.waitFor(By.cssSelector("nav.top-nav a[href^='/people/']"));
			assertThat(browser.driver().getCurrentUrl()).isEqualTo("http://localhost:" + port + "/");
			assertThat(browser.find(By.cssSelector("form[action='/sign-out'] button")).getText()).contains("Mei Chen");
			browser.screenshot("company-sign-in-home");
		}
		finally {
			api.put("/api/v1/policy/sign-in", api.admin(), Map.of("createOnFirstSignIn", false, "version", version + 1));
		}
	}
}
