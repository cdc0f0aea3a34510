package dev.lodestar.people.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A first start needs an empty database of its own, without bootstrap settings, so this runs in its own H2
 * database (the setup's SQL is the same that every integration test runs on both databases).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:first-start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class FirstStartTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void setsUpTheOrganisationAndItsFirstAdminOnce() {
		assertThat(mvc.get().uri("/").exchange()).hasStatus(302);
		assertThat(mvc.get().uri("/sign-in").exchange()).hasStatus(302).redirectedUrl().isEqualTo("/setup");

		var refused = mvc.post().uri("/setup").with(csrf()).param("organisation", "").param("name", "Ada")
			.param("email", "not-an-e-mail").param("password", "short").exchange();
		assertThat(refused).hasStatus(422);
		var form = Pages.html(refused);
		assertThat(form.select("#setup-organisation-error").text()).isEqualTo("must not be blank");
		assertThat(form.select("#setup-email-error").text()).isEqualTo("must be an e-mail address");
		assertThat(form.select("#setup-name").val()).isEqualTo("Ada");

		var done = mvc.post().uri("/setup").with(csrf()).param("organisation", "Northwind").param("name", "Ada")
			.param("email", "ada@northwind.test").param("password", "a long secret").exchange();
		assertThat(done).hasStatus(302).redirectedUrl().isEqualTo("/sign-in");
		assertThat(Pages.html(mvc.get().uri("/sign-in").exchange()).select("h1").text()).isEqualTo("Sign in to Northwind");
		assertThat(mvc.get().uri("/setup").exchange()).hasStatus(302).redirectedUrl().isEqualTo("/sign-in");
		assertThat(mvc.post().uri("/sign-in").with(csrf()).param("email", "ada@northwind.test").param("password", "a long secret")
			.exchange()).hasStatus(302).redirectedUrl().isEqualTo("/");
	}
}
