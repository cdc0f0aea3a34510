package dev.lodestar.people;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class TokensApiIntegrationTests extends ApiIntegrationTest {

	@Test
	void issuesATokenForTheRightPasswordThatOpensTheApi() {
		var issued = api.post("/api/v1/tokens", null, Map.of("email", Api.ADMIN_EMAIL, "password", Api.ADMIN_PASSWORD));

		assertThat(issued).hasStatus(201);
		assertThat(Api.<String>read(issued, "$.token")).startsWith("lds_");
		var me = api.get("/api/v1/people/me", new Api.Session(0, Api.read(issued, "$.token")));
		assertThat(me).hasStatusOk().bodyJson().extractingPath("$.email").isEqualTo(Api.ADMIN_EMAIL);
	}

	@Test
	void refusesAWrongPasswordAndAnUnknownEmailAlike() {
		var wrongPassword = api.post("/api/v1/tokens", null, Map.of("email", Api.ADMIN_EMAIL, "password", "nope-nope"));
		var unknownEmail = api.post("/api/v1/tokens", null, Map.of("email", "nobody@lodestar.test", "password", "nope-nope"));

		assertThat(wrongPassword).hasStatus(401).bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:bad-credentials");
		assertThat(Api.body(unknownEmail)).isEqualTo(Api.body(wrongPassword));
	}

	@Test
	void answersEveryCallWithoutATokenWith401ProblemDetails() {
		var anonymous = api.get("/api/v1/people", null);
		var forged = api.get("/api/v1/people", new Api.Session(0, "lds_forged"));

		assertThat(anonymous).hasStatus(401).hasHeader("WWW-Authenticate", "Bearer");
		assertThat(anonymous).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(forged).hasStatus(401);
	}

	@Test
	void stopsARevokedTokenAtOnce() {
		var person = api.newPerson("Ada");
		long tokenId = Api.<Number>read(api.get("/api/v1/tokens", person), "$[0].id").longValue();

		assertThat(api.delete("/api/v1/tokens/" + tokenId, person)).hasStatus(204);

		assertThat(api.get("/api/v1/people/me", person)).hasStatus(401);
	}

	@Test
	void refusesTokensOfADeactivatedPerson() {
		var person = api.newPerson("Grace");
		var current = api.get("/api/v1/people/" + person.personId(), api.admin());
		api.put("/api/v1/people/" + person.personId(), api.admin(), Map.of("name", "Grace", "email", Api.read(current, "$.email"),
				"locale", "en", "admin", false, "active", false, "version", Api.read(current, "$.version")));

		assertThat(api.get("/api/v1/people/me", person)).hasStatus(401);
	}

	@Test
	void answersInChineseWhenAskedTo() {
		var anonymous = api.get("/api/v1/people", null, "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");

		assertThat(anonymous).hasStatus(401).bodyJson().extractingPath("$.title").isEqualTo("需要登录");
	}
}
