package dev.lodestar.platform;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.HttpIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Over real HTTP, where Spring Boot's error dispatch runs: browsers get pages in their language, the API problems. */
class ErrorPagesIntegrationTests extends HttpIntegrationTest {

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).build();

	private HttpResponse<String> browse(String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private void signIn(String email, String password) throws Exception {
		var form = Jsoup.parse(browse("/sign-in").body());
		String body = "_csrf=" + URLEncoder.encode(form.select("input[name=_csrf]").val(), StandardCharsets.UTF_8) + "&email="
				+ URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
		var signedIn = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
	}

	@Test
	void showsAForbiddenPageInThePersonsLanguage() throws Exception {
		var person = api.newPerson("Curious");
		var me = api.get("/api/v1/people/me", person);
		api.put("/api/v1/people/" + person.personId(), person, java.util.Map.of("name", "Curious", "email", Api.read(me, "$.email"),
				"locale", "zh-CN", "admin", false, "active", true, "version", 0));
		signIn(Api.read(me, "$.email"), "password-1");

		var admin = browse("/admin");

		assertThat(admin.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(admin.body()).select("main h1").text()).isEqualTo("无权访问");
	}

	@Test
	void showsANotFoundPageForAnUnknownAddressOrThing() throws Exception {
		api.newPerson("Lost");
		signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);

		var nowhere = browse("/nowhere-at-all");
		var noTeam = browse("/teams/987654321");

		assertThat(nowhere.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(nowhere.body()).select("main h1").text()).isEqualTo("Not found");
		assertThat(noTeam.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(noTeam.body()).select("main p").first().text()).contains("987654321");
	}

	@Test
	void keepsAnsweringTheApiWithProblems() throws Exception {
		var person = api.newPerson("Client");

		var response = send(request("/api/v1/teams/987654321", person).header("Accept", "application/json").GET().build());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
	}
}
