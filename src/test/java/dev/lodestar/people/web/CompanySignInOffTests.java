package dev.lodestar.people.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An installation without {@code lodestar.oidc.issuer-uri}: no company sign-in anywhere, e-mail and password as before.
 * It needs a context without the tests' OpenID provider, so it runs in an H2 database of its own.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:no-company-sign-in;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "lodestar.bootstrap.admin-email=first@off.test",
		"lodestar.bootstrap.admin-password=first-password", "lodestar.security.bcrypt-strength=4",
		"lodestar.notifications.schedule=false" })
@AutoConfigureMockMvc
class CompanySignInOffTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void offersOnlyThePasswordFormAndSignsInWithIt() {
		var page = Pages.html(mvc.get().uri("/sign-in").exchange());
		assertThat(page.select("#company-sign-in")).isEmpty();
		assertThat(page.select("form[action=/sign-in] input[name=password]")).hasSize(1);

		var session = new MockHttpSession();
		var signedIn = mvc.post().uri("/sign-in").session(session).with(csrf()).param("email", "first@off.test")
			.param("password", "first-password").exchange();
		assertThat(signedIn).hasStatus(302).redirectedUrl().isEqualTo("/");
		assertThat(mvc.get().uri("/").session(session).exchange()).hasStatusOk();
		assertThat(Pages.html(mvc.get().uri("/admin/policy/sign-in").session(session).exchange())
			.select("#company-sign-in-status").text()).startsWith("Company sign-in (OpenID Connect) is off");
	}

	@Test
	void answersNoCompanySignInPathAndRegistersNoProvider() {
		assertThat(mvc.get().uri("/oauth2/authorization/company").exchange()).hasStatus(302).redirectedUrl()
			.endsWith("/sign-in");
		assertThat(Pages.html(mvc.get().uri("/sign-in?company=unknown-person").exchange()).select("#company-sign-in-refusal"))
			.isEmpty();
		assertThat(context.getBeansOfType(ClientRegistrationRepository.class)).isEmpty();
	}
}
