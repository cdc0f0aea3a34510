package dev.lodestar.people;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleApiIntegrationTests extends ApiIntegrationTest {

	@Test
	void registersAPersonWithTheirLanguage() {
		String email = Api.unique("li.lei") + "@lodestar.test";
		var created = api.post("/api/v1/people", api.admin(),
				Map.of("name", "李雷", "email", email.toUpperCase(), "password", "password-1", "locale", "zh-CN", "admin", false));

		assertThat(created).hasStatus(201);
		assertThat(created).bodyJson().extractingPath("$.email").isEqualTo(email);
		assertThat(created).bodyJson().extractingPath("$.locale").isEqualTo("zh-CN");
		assertThat(created).bodyJson().extractingPath("$.active").isEqualTo(true);
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/people/" + Api.id(created));
		var chinese = api.signIn(email, "password-1");
		assertThat(api.get("/api/v1/people/999999999", chinese)).bodyJson().extractingPath("$.title").isEqualTo("未找到");
	}

	@Test
	void letsOnlyAdminsRegisterPeople() {
		var member = api.newPerson("Member");

		var refused = api.post("/api/v1/people", member,
				Map.of("name", "X", "email", Api.unique("x") + "@lodestar.test", "password", "password-1"));

		assertThat(refused).hasStatus(403).bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:forbidden");
	}

	@Test
	void refusesAnEmailAlreadyInUse() {
		String email = Api.unique("twin") + "@lodestar.test";
		api.post("/api/v1/people", api.admin(), Map.of("name", "One", "email", email, "password", "password-1"));

		var second = api.post("/api/v1/people", api.admin(), Map.of("name", "Two", "email", email, "password", "password-1"));

		assertThat(second).hasStatus(409).bodyJson().extractingPath("$.errors[0].field").isEqualTo("email");
	}

	@Test
	void refusesALocaleLodestarDoesNotSpeak() {
		var refused = api.post("/api/v1/people", api.admin(),
				Map.of("name", "Jean", "email", Api.unique("jean") + "@lodestar.test", "password", "password-1", "locale", "fr"));

		assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("locale");
	}

	@Test
	void letsPeopleChangeTheirOwnNameAndLanguageButNotTheirRights() {
		var person = api.newPerson("Self");
		var current = api.get("/api/v1/people/me", person);
		Map<String, Object> revision = new LinkedHashMap<>(Map.of("name", "Self Renamed", "email", Api.read(current, "$.email"),
				"locale", "zh-CN", "admin", false, "active", true, "version", Api.read(current, "$.version")));

		assertThat(api.put("/api/v1/people/" + person.personId(), person, revision)).hasStatusOk()
			.bodyJson().extractingPath("$.locale").isEqualTo("zh-CN");

		revision.put("admin", true);
		revision.put("version", 1);
		assertThat(api.put("/api/v1/people/" + person.personId(), person, revision)).hasStatus(403);
	}

	@Test
	void refusesAStaleVersionAndKeepsTheNewerChange() {
		var person = api.newPerson("Versioned");
		var current = api.get("/api/v1/people/" + person.personId(), api.admin());
		Map<String, Object> revision = new LinkedHashMap<>(Map.of("name", "First", "email", Api.read(current, "$.email"),
				"locale", "en", "admin", false, "active", true, "version", 0));
		api.put("/api/v1/people/" + person.personId(), api.admin(), revision);

		revision.put("name", "Second");
		var stale = api.put("/api/v1/people/" + person.personId(), api.admin(), revision);

		assertThat(stale).hasStatus(409).bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:stale-version");
		assertThat(api.get("/api/v1/people/" + person.personId(), api.admin())).bodyJson().extractingPath("$.name").isEqualTo("First");
	}

	@Test
	void findsPeopleByNameOrEmailPageByPage() {
		String stem = Api.unique("findme");
		for (int i = 0; i < 3; i++) {
			api.post("/api/v1/people", api.admin(), Map.of("name", stem + " " + i, "email", stem + i + "@lodestar.test", "password", "password-1"));
		}

		var firstPage = api.get("/api/v1/people?q=" + stem.toUpperCase() + "&size=2", api.admin());

		assertThat(firstPage).hasStatusOk().bodyJson().extractingPath("$.totalItems").isEqualTo(3);
		assertThat(firstPage).bodyJson().extractingPath("$.items.length()").isEqualTo(2);
		assertThat(firstPage).bodyJson().extractingPath("$.totalPages").isEqualTo(2);
	}

	@Test
	void refusesAPageSizeBeyondTheLimit() {
		assertThat(api.get("/api/v1/people?size=1000", api.admin())).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
		assertThat(api.get("/api/v1/people?page=abc", api.admin())).hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("page");
	}
}
