package dev.lodestar.people.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

import dev.lodestar.support.Api;
import dev.lodestar.support.Pages;
import dev.lodestar.support.PageIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

class SignInAndLanguageIntegrationTests extends PageIntegrationTest {

	@Test
	void signsInWithEmailAndPasswordAndOutAgain() {
		var session = new MockHttpSession();

		var signedIn = mvc.post().uri("/sign-in").session(session).with(csrf())
			.param("email", Api.ADMIN_EMAIL).param("password", Api.ADMIN_PASSWORD).exchange();
		var home = mvc.get().uri("/").session(session).exchange();
		var signedOut = mvc.post().uri("/sign-out").session(session).with(csrf()).exchange();

		assertThat(signedIn).hasStatus(302).redirectedUrl().isEqualTo("/");
		assertThat(home).hasStatusOk();
		assertThat(signedOut).hasStatus(302).redirectedUrl().isEqualTo("/sign-in?signed-out=1");
	}

	@Test
	void saysWhenTheEmailOrPasswordIsWrong() {
		var failed = mvc.post().uri("/sign-in").with(csrf()).param("email", Api.ADMIN_EMAIL).param("password", "wrong-one").exchange();
		var page = Pages.html(mvc.get().uri(failed.getResponse().getRedirectedUrl()).exchange());

		assertThat(failed).hasStatus(302).redirectedUrl().isEqualTo("/sign-in?failed=1");
		assertThat(page.select("[role=alert]").text()).contains("do not match");
	}

	@Test
	void refusesASignInWithoutTheCsrfToken() {
		assertThat(mvc.post().uri("/sign-in").param("email", Api.ADMIN_EMAIL).param("password", Api.ADMIN_PASSWORD).exchange())
			.hasStatus(403);
	}

	@Test
	void storesTheChosenLanguageOnThePerson() {
		var person = api.newPerson("Switcher");

		var switched = pages.post("/language", person, Map.of("locale", "zh-CN", "back", "/explore"));

		assertThat(switched).hasStatus(302).redirectedUrl().isEqualTo("/explore");
		assertThat(api.get("/api/v1/people/me", person)).bodyJson().extractingPath("$.locale").isEqualTo("zh-CN");
		assertThat(Pages.html(pages.get("/explore", person)).select("h1").text()).isEqualTo("浏览");
	}

	@Test
	void keepsALanguageChosenBeforeSigningInForTheVisit() {
		var session = new MockHttpSession();

		mvc.post().uri("/language").session(session).with(csrf()).param("locale", "zh-CN").param("back", "/sign-in").exchange();
		var page = Pages.html(mvc.get().uri("/sign-in").session(session).exchange());

		assertThat(page.select("h1").text()).startsWith("登录");
	}

	@Test
	void neverRedirectsToAnotherSite() {
		var person = api.newPerson("Careful");

		assertThat(pages.post("/language", person, Map.of("locale", "en", "back", "//evil.example/")))
			.hasStatus(302).redirectedUrl().isEqualTo("/");
	}

	@Test
	void sendsAnyoneToSignInOnceTheFirstAdminExists() {
		assertThat(mvc.get().uri("/setup").exchange()).hasStatus(302).redirectedUrl().isEqualTo("/sign-in");
		assertThat(mvc.post().uri("/setup").with(csrf()).param("organisation", "Take-over Inc").param("name", "Mallory")
			.param("email", "mallory@lodestar.test").param("password", "password-1").exchange())
			.hasStatus(302).redirectedUrl().isEqualTo("/sign-in");
		assertThat(api.get("/api/v1/people?q=mallory", api.admin())).bodyJson().extractingPath("$.totalItems").isEqualTo(0);
	}
}
