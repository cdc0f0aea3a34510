package dev.lodestar.people;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ImportApiIntegrationTests extends ApiIntegrationTest {

	private static final String HEADER = "type,name,email,locale,admin,teams,parent,leads,members\n";

	private MvcTestResult send(String csv, String query, Api.Session as, String... headers) {
		var request = mvc.post().uri("/api/v1/imports/people-and-teams" + query)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + as.token())
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.contentType("text/csv")
			.content(csv.getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < headers.length; i += 2) {
			request = request.header(headers[i], headers[i + 1]);
		}
		return request.exchange();
	}

	private static String company(String stem) {
		return HEADER
				+ "person,Ada," + stem + ".ada@example.com,en,,,,,\n"
				+ "person,李雷," + stem + ".li@example.com,zh-CN,,Field " + stem + ",,,\n"
				+ "team,Sales " + stem + ",,,,,,,\n"
				+ "team,Field " + stem + ",,,,,Sales " + stem + "," + stem + ".ada@example.com,\n";
	}

	@Test
	void previewsACleanFileWithoutSavingIt() {
		String stem = Api.unique("preview");

		var preview = send(company(stem), "?dryRun=true", api.admin());

		assertThat(preview).hasStatusOk().bodyJson().extractingPath("$.summary.people").isEqualTo(2);
		assertThat(preview).bodyJson().extractingPath("$.summary.teams").isEqualTo(2);
		assertThat(preview).bodyJson().extractingPath("$.summary.memberships").isEqualTo(2);
		assertThat(preview).bodyJson().extractingPath("$.teams[1].parent").isEqualTo("Sales " + stem);
		assertThat(preview).bodyJson().extractingPath("$.teams[1].members[0]").isEqualTo(stem + ".li@example.com");
		assertThat(api.get("/api/v1/people?q=" + stem, api.admin())).bodyJson().extractingPath("$.totalItems").isEqualTo(0);
	}

	@Test
	void importsPeopleTeamsAndTheTreeInOneGo() {
		String stem = Api.unique("import");

		var imported = send(company(stem), "", api.admin());

		assertThat(imported).hasStatus(201).bodyJson().extractingPath("$.people").isEqualTo(2);
		assertThat(api.get("/api/v1/people?q=" + stem, api.admin())).bodyJson().extractingPath("$.totalItems").isEqualTo(2);
		var sales = api.get("/api/v1/teams?q=Sales " + stem, api.admin());
		long salesId = Api.<Number>read(sales, "$.items[0].id").longValue();
		var field = api.get("/api/v1/teams?parentId=" + salesId, api.admin());
		assertThat(field).bodyJson().extractingPath("$.items[0].name").isEqualTo("Field " + stem);
		assertThat(field).bodyJson().extractingPath("$.items[0].leadIds.length()").isEqualTo(1);
		assertThat(field).bodyJson().extractingPath("$.items[0].memberIds.length()").isEqualTo(1);
		long liId = Api.<Number>read(api.get("/api/v1/people?q=" + stem + ".li", api.admin()), "$.items[0].id").longValue();
		var history = api.get("/api/v1/history?subjectType=person&subjectId=" + liId, api.admin());
		assertThat(history).hasStatusOk().bodyJson().extractingPath("$.items[0].action").isEqualTo("CREATED");
	}

	@Test
	void listsEveryBadRowAsProblemDetailsAndSavesNothing() {
		String stem = Api.unique("bad");
		String csv = company(stem) + "person,Grace,not-an-email,,,,,,\nteam,Ops " + stem + ",,,,,Nowhere,,\n";

		var refused = send(csv, "", api.admin());

		assertThat(refused).hasStatus(422).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:import-refused");
		assertThat(refused).bodyJson().extractingPath("$.errors[*].field").asArray()
			.containsExactly("rows[6].email", "rows[7].parent");
		assertThat(refused).bodyJson().extractingPath("$.errors[0].row").isEqualTo(6);
		assertThat(refused).bodyJson().extractingPath("$.errors[0].column").isEqualTo("email");
		assertThat(refused).bodyJson().extractingPath("$.errors[1].message").isEqualTo("no team is named Nowhere, in the file or in Lodestar");
		assertThat(api.get("/api/v1/people?q=" + stem, api.admin())).bodyJson().extractingPath("$.totalItems").isEqualTo(0);
		assertThat(send(csv, "?dryRun=true", api.admin())).hasStatus(422);
	}

	@Test
	void explainsBadRowsInChinese() {
		var refused = send(HEADER + "person,Grace,not-an-email,,,,,,\n", "?dryRun=true", api.admin(), "Accept-Language", "zh-CN");

		assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.title").isEqualTo("导入被拒绝");
	}

	@Test
	void letsOnlyAdminsImport() {
		assertThat(send(company(Api.unique("member")), "", api.newPerson("Member"))).hasStatus(403);
	}

	@Test
	void refusesAFileOverTheLimitWith413() {
		String line = "person,Someone,someone@example.com,,,,,,\n";
		String huge = HEADER + line.repeat(1024 * 1024 / line.length() + 1);

		assertThat(send(huge, "", api.admin())).hasStatus(413);
	}

	@Test
	void importsOnceForOneIdempotencyKey() {
		String csv = company(Api.unique("twice"));
		String key = Api.unique("key");

		var first = send(csv, "", api.admin(), "Idempotency-Key", key);
		var again = send(csv, "", api.admin(), "Idempotency-Key", key);

		assertThat(first).hasStatus(201);
		assertThat(again).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
	}

	@Test
	void importsThousandsOfPeopleInAsManyStatementsAsAFew() {
		int few = statementsToImport(Api.unique("few"), 5);
		int many = statementsToImport(Api.unique("many"), 5000);

		assertThat(many).isEqualTo(few);
	}

	private int statementsToImport(String stem, int people) {
		String rows = IntStream.range(0, people)
			.mapToObj(i -> "person,Person " + i + "," + stem + "." + i + "@example.com,,,Team " + stem + ",,,\n")
			.collect(Collectors.joining());
		String csv = HEADER + rows + "team,Team " + stem + ",,,,,,,\n";
		api.admin();
		statements.reset();
		var imported = send(csv, "", api.admin());
		int count = statements.count();
		assertThat(imported).hasStatus(201).bodyJson().extractingPath("$.memberships").isEqualTo(people);
		return count;
	}

	@Test
	void addsImportedPeopleToAnExistingTeam() {
		String stem = Api.unique("join");
		long team = api.newTeam("Existing " + stem, null, List.of(), List.of());
		String name = Api.<String>read(api.get("/api/v1/teams/" + team, api.admin()), "$.name");

		var imported = send(HEADER + "person,Ada," + stem + "@example.com,,,\"" + name + "\",,,\n", "", api.admin());

		assertThat(imported).hasStatus(201);
		assertThat(api.get("/api/v1/teams/" + team, api.admin())).bodyJson().extractingPath("$.memberIds.length()").isEqualTo(1);
		assertThat(api.get("/api/v1/teams/" + team, api.admin())).bodyJson().extractingPath("$.version").isEqualTo(1);
	}
}
