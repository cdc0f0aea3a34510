package dev.lodestar.people.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The first start's other choice, on an empty database of its own (see {@link FirstStartTests}). */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:first-start-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
		+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class FirstStartWithTheDemoTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void loadsTheDemoCompanyAndLetsItsAdminSignIn() {
		var loaded = mvc.post().uri("/setup/demo").with(csrf()).header("HX-Request", "true").exchange();

		assertThat(loaded).hasStatusOk().hasHeader("HX-Redirect", "/sign-in?demo=1");
		assertThat(mvc.get().uri("/setup").exchange()).hasStatus(302).redirectedUrl().isEqualTo("/sign-in");
		assertThat(mvc.post().uri("/sign-in").with(csrf()).param("email", "admin@demo.lodestar.dev").param("password", "lodestar-demo")
			.exchange()).hasStatus(302).redirectedUrl().isEqualTo("/");
	}
}
