package dev.lodestar.people;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;
import dev.lodestar.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

class AdminPeoplePagesIntegrationTests extends ApiIntegrationTest {

	private Pages pages;

	@BeforeEach
	void openPages() {
		pages = new Pages(mvc);
	}

	private Map<String, String> personForm(String name, String email, String password) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", name);
		form.put("email", email);
		form.put("locale", "en");
		form.put("password", password);
		form.put("idempotencyKey", Api.unique("key"));
		return form;
	}

	private long totalPeopleMatching(String text) {
		return Api.<Number>read(api.get("/api/v1/people?q=" + text, api.admin()), "$.totalItems").longValue();
	}

	/** People with e-mails holding {@code stem}, imported in one call: quicker than one by one. */
	private void importPeople(String stem, int count) {
		String csv = "type,name,email\n" + IntStream.range(0, count)
			.mapToObj(i -> "person,Person " + i + "," + stem + "." + i + "@example.com\n")
			.collect(Collectors.joining());
		var imported = mvc.post().uri("/api/v1/imports/people-and-teams").header(HttpHeaders.AUTHORIZATION, "Bearer " + api.admin().token())
			.contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)).exchange();
		assertThat(imported).hasStatus(201);
	}

	@Test
	void findsPeopleByNameOrEmailAPageAtATime() {
		String stem = Api.unique("found");
		importPeople(stem, 3);

		var first = Pages.html(pages.get("/admin/people?q=" + stem + "&size=2", api.admin()));

		assertThat(first.select("#people-results tbody tr")).hasSize(2);
		assertThat(first.select("#people-results tbody td:eq(1)").eachText()).allMatch(email -> email.contains(stem));
		assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/admin/people?q=" + stem + "&page=1");
		assertThat(first.select(".pager a[rel=next]").attr("hx-get")).isEqualTo("/admin/people/rows?q=" + stem + "&page=1");
	}

	@Test
	void answersASearchAsYouTypeWithTheListAlone() {
		String stem = Api.unique("typed");
		importPeople(stem, 1);

		var rows = pages.get("/admin/people/rows?q=" + stem, api.admin(), "HX-Request", "true");

		assertThat(rows).hasStatusOk().hasHeader("HX-Push-Url", "/admin/people?q=" + stem);
		var html = Pages.html(rows);
		assertThat(html.select("html main")).isEmpty();
		assertThat(html.select("#people-results tbody tr")).hasSize(1);
	}

	@Test
	void registersAPersonAndShowsThemAgain() {
		String email = Api.unique("new.person") + "@lodestar.test";

		var registered = pages.post("/admin/people", api.admin(), personForm("Nadia", email, "password-1"));

		assertThat(registered).hasStatus(302);
		String location = registered.getResponse().getRedirectedUrl();
		assertThat(location).matches("/admin/people/\\d+\\?done=registered");
		var shown = Pages.html(pages.get(location, api.admin()));
		assertThat(shown.select("#person-email").val()).isEqualTo(email);
		assertThat(shown.select(".notice[role=status]").text()).isEqualTo("The person is registered.");
		assertThat(api.signIn(email, "password-1").personId()).isPositive();
	}

	@Test
	void refusesABadFormWithMessagesNextToTheFieldsAndSavesNothing() {
		String email = Api.unique("refused");

		var refused = pages.post("/admin/people", api.admin(), personForm("", email, "short"));

		assertThat(refused).hasStatus(422);
		var form = Pages.html(refused);
		assertThat(form.select("#person-name-error").text()).isEqualTo("must not be blank");
		assertThat(form.select("#person-email-error").text()).isEqualTo("must be an e-mail address");
		assertThat(form.select("#person-password-error").text()).isEqualTo("must have between 8 and 200 characters or items");
		assertThat(form.select("#person-email").val()).isEqualTo(email);
		assertThat(form.select("#person-email").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.select("#person-password").val()).isEmpty();
		assertThat(totalPeopleMatching(email)).isZero();
	}

	@Test
	void registersOnceForADoubleClickedSubmit() {
		String email = Api.unique("double") + "@lodestar.test";
		var form = personForm("Twice", email, "password-1");

		var first = pages.post("/admin/people", api.admin(), form);
		var second = pages.post("/admin/people", api.admin(), form);

		assertThat(first).hasStatus(302);
		assertThat(second).hasStatus(302);
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(totalPeopleMatching(email)).isEqualTo(1);
	}

	@Test
	void changesAPersonAndDeactivatesAndReactivatesThem() {
		var person = api.newPerson("Leaving");
		var current = api.get("/api/v1/people/" + person.personId(), api.admin());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", "Left");
		form.put("email", Api.read(current, "$.email"));
		form.put("locale", "zh-CN");
		form.put("version", String.valueOf(Api.<Integer>read(current, "$.version")));

		var deactivated = pages.post("/admin/people/" + person.personId(), api.admin(), form);

		assertThat(deactivated).hasStatus(302);
		var after = api.get("/api/v1/people/" + person.personId(), api.admin());
		assertThat(after).bodyJson().extractingPath("$.active").isEqualTo(false);
		assertThat(after).bodyJson().extractingPath("$.locale").isEqualTo("zh-CN");
		assertThat(api.get("/api/v1/people/me", person)).hasStatus(401);

		form.put("active", "true");
		form.put("version", String.valueOf(Api.<Integer>read(after, "$.version")));
		assertThat(pages.post("/admin/people/" + person.personId(), api.admin(), form)).hasStatus(302);
		assertThat(api.get("/api/v1/people/" + person.personId(), api.admin())).bodyJson().extractingPath("$.active").isEqualTo(true);
	}

	@Test
	void setsAPasswordSoAnImportedPersonCanSignIn() {
		String stem = Api.unique("imported");
		importPeople(stem, 1);
		var found = api.get("/api/v1/people?q=" + stem, api.admin());
		long id = Api.<Number>read(found, "$.items[0].id").longValue();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", "Person 0");
		form.put("email", stem + ".0@example.com");
		form.put("locale", "en");
		form.put("active", "true");
		form.put("password", "a-new-password");
		form.put("version", "0");

		assertThat(pages.post("/admin/people/" + id, api.admin(), form)).hasStatus(302);

		assertThat(api.signIn(stem + ".0@example.com", "a-new-password").personId()).isEqualTo(id);
	}

	@Test
	void showsAChangeSomeoneElseMadeMeanwhileAsAMessage() {
		var person = api.newPerson("Raced");
		var current = api.get("/api/v1/people/" + person.personId(), api.admin());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", "Raced again");
		form.put("email", Api.read(current, "$.email"));
		form.put("locale", "en");
		form.put("active", "true");
		form.put("version", String.valueOf(Api.<Integer>read(current, "$.version") - 1));

		var stale = pages.post("/admin/people/" + person.personId(), api.admin(), form);

		assertThat(stale).hasStatus(422);
		assertThat(Pages.html(stale).select(".notice.error").text()).contains("was changed after you read it");
	}

	@Test
	void refusesToDemoteTheLastActiveAdminWithAMessage() {
		List<long[]> otherAdmins = new ArrayList<>();
		try {
			for (int page = 0;; page++) {
				var found = api.get("/api/v1/people?size=200&page=" + page, api.admin());
				List<Map<String, Object>> items = Api.read(found, "$.items");
				for (var person : items) {
					long id = ((Number) person.get("id")).longValue();
					if (Boolean.TRUE.equals(person.get("admin")) && Boolean.TRUE.equals(person.get("active")) && id != api.admin().personId()) {
						setAdmin(id, false);
						otherAdmins.add(new long[] { id });
					}
				}
				if (items.size() < 200) {
					break;
				}
			}
			var me = api.get("/api/v1/people/" + api.admin().personId(), api.admin());
			Map<String, String> form = new LinkedHashMap<>();
			form.put("name", Api.read(me, "$.name"));
			form.put("email", Api.read(me, "$.email"));
			form.put("locale", "en");
			form.put("active", "true");
			form.put("version", String.valueOf(Api.<Integer>read(me, "$.version")));

			var refused = pages.post("/admin/people/" + api.admin().personId(), api.admin(), form);

			assertThat(refused).hasStatus(422);
			assertThat(Pages.html(refused).select(".notice.error").text())
				.isEqualTo("This is the last active admin. Make someone else an admin first.");
			assertThat(api.get("/api/v1/people/me", api.admin())).bodyJson().extractingPath("$.admin").isEqualTo(true);
		}
		finally {
			otherAdmins.forEach(id -> setAdmin(id[0], true));
		}
	}

	private void setAdmin(long id, boolean admin) {
		var person = api.get("/api/v1/people/" + id, api.admin());
		var changed = api.put("/api/v1/people/" + id, api.admin(), Map.of("name", Api.<String>read(person, "$.name"),
				"email", Api.<String>read(person, "$.email"), "locale", Api.<String>read(person, "$.locale"), "admin", admin,
				"active", true, "version", Api.<Integer>read(person, "$.version")));
		assertThat(changed).hasStatusOk();
	}

	@Test
	void showsTheListInTheSameNumberOfStatementsForFiveAndFiftyPeople() {
		String few = Api.unique("few");
		String many = Api.unique("many");
		importPeople(few, 5);
		importPeople(many, 50);
		api.admin();

		int forFew = statementsFor(() -> assertThat(pages.get("/admin/people?size=100&q=" + few, api.admin())).hasStatusOk());
		int forMany = statementsFor(() -> assertThat(pages.get("/admin/people?size=100&q=" + many, api.admin())).hasStatusOk());

		assertThat(forMany).isEqualTo(forFew);
	}

	private int statementsFor(Runnable call) {
		statements.reset();
		call.run();
		return statements.count();
	}
}
