package dev.lodestar.people.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company provider that is down (nothing listens at its issuer): Lodestar starts all the same, since it asks the
 * provider nothing until someone signs in, and a company sign-in then ends on the sign-in page with the reason. It needs
 * a context with that issuer, so it runs in an H2 database of its own.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:company-provider-down;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "lodestar.bootstrap.admin-email=first@down.test",
		"lodestar.bootstrap.admin-password=first-password", "lodestar.security.bcrypt-strength=4", "lodestar.notifications.schedule=false",
		"lodestar.oidc.issuer-uri=http://127.0.0.1:9/realms/nowhere", "lodestar.oidc.client-id=lodestar",
		"lodestar.oidc.client-secret=secret" })
@AutoConfigureMockMvc
class CompanySignInProviderDownTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void startsAndSendsACompanySignInBackToTheSignInPageWithTheReason() {
		var start = Pages.html(mvc.get().uri("/sign-in").exchange());
		assertThat(start.select("#company-sign-in").text()).isEqualTo("Sign in with your company account");

		var attempt = mvc.get().uri(start.select("#company-sign-in").attr("href")).exchange();
		assertThat(attempt).hasStatus(302).redirectedUrl().isEqualTo("/sign-in?company=unavailable");

		var page = Pages.html(mvc.get().uri("/sign-in?company=unavailable").header("Accept-Language", "zh-CN").exchange());
		assertThat(page.select("#company-sign-in-refusal").text()).startsWith("公司登录未完成");
		assertThat(page.select("form[action=/sign-in] input[name=password]")).hasSize(1);
	}
}
