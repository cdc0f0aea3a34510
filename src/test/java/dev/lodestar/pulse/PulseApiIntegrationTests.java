package dev.lodestar.pulse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The pulse through its API: opened by admins, answered once, shown only past the threshold, never tied to a person. */
@ExtendWith(OutputCaptureExtension.class)
class PulseApiIntegrationTests extends ApiIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	static Map<String, Object> answers(int each) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (PulseQuestion question : PulseQuestion.values()) {
			answers.put(question.name(), question.need() == Need.AUTONOMY ? each : 3);
		}
		return Map.of("answers", answers);
	}

	private long openPulse() {
		long cycle = api.newCycle("ACTIVE");
		var opened = api.post("/api/v1/pulses", api.admin(), Map.of("cycleId", cycle));
		assertThat(opened).hasStatus(201);
		return Api.id(opened);
	}

	private List<Api.Session> people(String name, int count) {
		List<Api.Session> people = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			people.add(api.newPerson(name + i));
		}
		return people;
	}

	private void answer(long pulse, List<Api.Session> people, int each) {
		for (Api.Session person : people) {
			assertThat(api.post("/api/v1/pulses/" + pulse + "/answers", person, answers(each))).hasStatus(201);
		}
	}

	private static String reading(long pulse) {
		return "$.cycles[?(@.pulseId == " + pulse + ")]";
	}

	@Test
	void fourAnswersAreNotEnoughYetAndFiveShowTheMeansOnceThePulseCloses() {
		var people = people("Pulsed", 5);
		long team = api.newTeam("Pulse team", null, List.of(), people.stream().map(Api.Session::personId).toList());
		String results = "/api/v1/pulse/results?team=" + team;
		long four = openPulse();
		answer(four, people.subList(0, 4), 4);
		close(four);
		long five = openPulse();
		answer(five, people, 4);

		var whileOpen = api.get(results, people.get(0));
		assertThat(Api.<List<String>>read(whileOpen, reading(five) + ".disclosure")).containsExactly("PULSE_OPEN");
		assertThat(Api.<List<Object>>read(whileOpen, reading(five) + ".means.AUTONOMY")).isEmpty();
		close(five);
		var closed = api.get(results, people.get(0));

		assertThat(Api.<List<String>>read(closed, reading(four) + ".disclosure")).containsExactly("NOT_ENOUGH_ANSWERS");
		assertThat(Api.<List<Integer>>read(closed, reading(four) + ".needed")).containsExactly(1);
		assertThat(Api.<List<Object>>read(closed, reading(four) + ".means.AUTONOMY")).isEmpty();
		assertThat(Api.<List<String>>read(closed, reading(five) + ".disclosure")).containsExactly("SHOWN");
		assertThat(Api.<List<Integer>>read(closed, reading(five) + ".answers")).containsExactly(5);
		assertThat(Api.<List<Double>>read(closed, reading(five) + ".means.AUTONOMY")).containsExactly(4.0);
		assertThat(Api.<List<Double>>read(closed, reading(five) + ".means.COMPETENCE")).containsExactly(3.0);
		assertThat(api.get(results, api.newPerson("Outsider"))).hasStatus(403);
		assertThat(api.get(results, api.admin())).hasStatusOk();
		assertThat(api.get(results, dev.lodestar.showcase.ShowcaseFixtures.coach(api, "PulseCoach"))).hasStatusOk();
		var organisation = api.get("/api/v1/pulse/results", people.get(0));
		assertThat(Api.<List<String>>read(organisation, reading(four) + ".disclosure")).containsExactly("NOT_ENOUGH_ANSWERS");
		assertThat(Api.<List<Integer>>read(organisation, reading(five) + ".answers")).containsExactly(5);
	}

	private void close(long pulse) {
		assertThat(api.post("/api/v1/pulses/" + pulse + "/close", api.admin(), null)).hasStatusOk();
	}

	@Test
	void aTeamIsHeldBackWhenTheOrganisationMinusItWouldGiveAwayOnePerson() {
		var people = people("Differenced", 6);
		long team = api.newTeam("Differenced team", null, List.of(),
				people.subList(0, 5).stream().map(Api.Session::personId).toList());
		long pulse = openPulse();

		answer(pulse, people, 2);
		close(pulse);

		var teamResults = api.get("/api/v1/pulse/results?team=" + team, people.get(0));
		assertThat(Api.<List<String>>read(teamResults, reading(pulse) + ".disclosure")).containsExactly("WITHHELD");
		assertThat(Api.<List<Object>>read(teamResults, reading(pulse) + ".needed")).containsExactly((Object) null);
		var organisation = api.get("/api/v1/pulse/results", people.get(5));
		assertThat(Api.<List<String>>read(organisation, reading(pulse) + ".disclosure")).containsExactly("SHOWN");
		assertThat(Api.<List<Integer>>read(organisation, reading(pulse) + ".answers")).containsExactly(6);
	}

	@Test
	void everyoneAnswersOnceAnOpenPulseWithEveryQuestionFromOneToFive() {
		var person = api.newPerson("Once");
		long pulse = openPulse();
		String uri = "/api/v1/pulses/" + pulse + "/answers";

		Map<String, Object> incomplete = new LinkedHashMap<>();
		incomplete.put("answers", Map.of(PulseQuestion.AUTONOMY_CHOOSE.name(), 6, "MOOD", 3));
		var refused = api.post(uri, person, incomplete);
		assertThat(refused).hasStatus(400);
		assertThat(Api.<List<String>>read(refused, "$.errors[*].field")).contains("answers.AUTONOMY_CHOOSE", "answers.MOOD",
				"answers.RELATEDNESS_HELP");
		var first = api.post(uri, person, answers(4));
		assertThat(first).hasStatus(201);
		assertThat(Api.body(first)).isEqualTo("{\"pulseId\":" + pulse + ",\"answered\":true}");
		assertThat(api.post(uri, person, answers(1))).hasStatus(409);
		var current = api.get("/api/v1/pulses/current", person);
		assertThat(Api.<Integer>read(current, "$.pulse.id")).isEqualTo((int) pulse);
		assertThat(Api.<Boolean>read(current, "$.answered")).isTrue();
		assertThat(Api.<List<Object>>read(current, "$.questions")).hasSize(9);

		var listed = api.get("/api/v1/pulses", person);
		assertThat(Api.<List<Integer>>read(listed, "$[?(@.id == " + pulse + ")].answered")).containsExactly(1);
		assertThat(api.post("/api/v1/pulses", api.admin(), Map.of("cycleId", Api.<Integer>read(current, "$.pulse.cycleId"))))
			.hasStatus(409);
		assertThat(api.post("/api/v1/pulses/" + pulse + "/close", person, null)).hasStatus(403);
		assertThat(api.post("/api/v1/pulses/" + pulse + "/close", api.admin(), null)).hasStatusOk();
		assertThat(api.post(uri, api.newPerson("Late"), answers(3))).hasStatus(409);
		assertThat(api.post("/api/v1/pulses/" + pulse + "/close", api.admin(), null)).hasStatus(409);
	}

	@Test
	void openingARetriedPulseOpensItOnce() {
		long cycle = api.newCycle("ACTIVE");
		String key = Api.unique("pulse-key");

		var opened = api.post("/api/v1/pulses", api.admin(), Map.of("cycleId", cycle), "Idempotency-Key", key);
		var retried = api.post("/api/v1/pulses", api.admin(), Map.of("cycleId", cycle), "Idempotency-Key", key);

		assertThat(opened).hasStatus(201);
		assertThat(retried).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
		assertThat(Api.id(retried)).isEqualTo(Api.id(opened));
		assertThat(api.post("/api/v1/pulses", api.newPerson("NotAdmin"), Map.of("cycleId", cycle))).hasStatus(403);
		var unknown = api.post("/api/v1/pulses", api.admin(), Map.of("cycleId", 99_999_999));
		assertThat(unknown).hasStatus(400);
		assertThat(Api.<List<String>>read(unknown, "$.errors[*].field")).containsExactly("cycleId");
		close(Api.id(opened));
	}

	@Test
	void twoAnswersAtOnceFromOnePersonAndATeammateCountOnceEach() throws Exception {
		var person = api.newPerson("Twice");
		var teammate = api.newPerson("Teammate");
		api.newTeam("Twice team", null, List.of(), List.of(person.personId(), teammate.personId()));
		long pulse = openPulse();
		String uri = "/api/v1/pulses/" + pulse + "/answers";

		var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
		try {
			var first = pool.submit(() -> api.post(uri, person, answers(5)).getResponse().getStatus());
			var second = pool.submit(() -> api.post(uri, person, answers(5)).getResponse().getStatus());
			var third = pool.submit(() -> api.post(uri, teammate, answers(5)).getResponse().getStatus());
			assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(201, 409);
			assertThat(third.get()).isEqualTo(201);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select sum(answers) from pulse_tally where pulse_id = ? and question = 'AUTONOMY_CHOOSE'")
			.param(pulse).query(Integer.class).single()).isEqualTo(2);
		close(pulse);
	}

	@Test
	void theQuestionsComeInTheCallersLanguage() {
		var person = api.newPerson("ChinesePulse");
		api.speaksChinese(person);
		long pulse = openPulse();

		var current = api.get("/api/v1/pulses/current", person);

		assertThat(Api.<Integer>read(current, "$.pulse.id")).isEqualTo((int) pulse);
		assertThat(Api.<String>read(current, "$.questions[0].text")).isEqualTo("本周期我在选择自己的目标时有真正的发言权。");
		api.post("/api/v1/pulses/" + pulse + "/close", api.admin(), null);
	}

	@Test
	void noTableOfAnswersHasAPersonAndNoAnswerIsLoggedOrEchoedWithItsAuthor(CapturedOutput output) {
		String name = Api.unique("Anonymity");
		var person = api.newPerson(name);
		var me = api.get("/api/v1/people/me", person);
		String email = Api.read(me, "$.email");
		long team = api.newTeam("Anonymous team", null, List.of(), List.of(person.personId()));
		long pulse = openPulse();

		int before = output.length();
		assertThat(api.post("/api/v1/pulses/" + pulse + "/answers", person, answers(5))).hasStatus(201);
		String logged = output.toString().substring(before);

		assertThat(logged).doesNotContain(email).doesNotContain(name);
		assertThat(logged).doesNotContainPattern("\\b" + person.personId() + "\\b");
		List<String> columns = jdbc.sql("select lower(column_name) from information_schema.columns "
				+ "where lower(table_name) = 'pulse_tally'").query(String.class).list();
		assertThat(columns).containsExactlyInAnyOrder("pulse_id", "team_id", "question", "answer", "answers");
		List<String> participant = jdbc.sql("select lower(column_name) from information_schema.columns "
				+ "where lower(table_name) = 'pulse_participant'").query(String.class).list();
		assertThat(participant).containsExactlyInAnyOrder("pulse_id", "person_id");
		for (String uri : List.of("/api/v1/pulses", "/api/v1/pulses/current", "/api/v1/pulse/results",
				"/api/v1/pulse/results?team=" + team)) {
			String body = Api.body(api.get(uri, api.admin()));
			// ids are numbers anywhere in a body, so the test looks for a field naming a person instead
			assertThat(body).as(uri).doesNotContain(email).doesNotContainIgnoringCase("person")
				.doesNotContainIgnoringCase("author").doesNotContainIgnoringCase("email");
		}
		api.post("/api/v1/pulses/" + pulse + "/close", api.admin(), null);
	}

	@Test
	void anAppraisalTokenReachesNoPulse() {
		var person = api.newPerson("Appraiser");
		var appraisal = api.scoped(person, "APPRAISAL");

		assertThat(api.get("/api/v1/pulse/results", appraisal)).hasStatus(403);
		assertThat(api.get("/api/v1/pulses", appraisal)).hasStatus(403);
		assertThat(api.get("/api/v1/pulses/current", appraisal)).hasStatus(403);
		assertThat(api.post("/api/v1/pulses/1/answers", appraisal, answers(3))).hasStatus(403);
	}

	@Test
	void readingResultsAndAnsweringTakeAFixedNumberOfStatements() {
		var people = people("Counted", 3);
		long pulse = openPulse();
		statements.reset();
		answer(pulse, people.subList(0, 1), 3);
		int one = statements.count();
		statements.reset();
		api.get("/api/v1/pulse/results", people.get(0));
		int results = statements.count();

		answer(pulse, people.subList(1, 2), 3);
		close(pulse);
		api.newTeam("Counted team", null, List.of(), List.of(people.get(2).personId()));
		long another = openPulse();
		statements.reset();
		answer(another, people.subList(2, 3), 3);
		assertThat(statements.count()).isEqualTo(one);
		statements.reset();
		api.get("/api/v1/pulse/results", people.get(0));
		assertThat(statements.count()).isEqualTo(results);
		close(another);
	}

	@Test
	void aPulseIsReadAtItsLocationAndNoSecondOpensWhileOneIsOpen() {
		long first = api.newCycle("ACTIVE");
		long second = api.newCycle("ACTIVE");
		var opened = api.post("/api/v1/pulses", api.admin(), Map.of("cycleId", first));
		assertThat(opened).hasStatus(201);
		long pulse = Api.id(opened);
		var read = api.get(opened.getResponse().getHeader("Location"), api.newPerson("PulseReader"));
		assertThat(read).hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("OPEN");
		assertThat(read).bodyJson().extractingPath("$.cycleId").isEqualTo((int) first);
		assertThat(api.get("/api/v1/pulses/987654321", api.admin())).hasStatus(404);

		var refused = api.post("/api/v1/pulses", api.admin(), Map.of("cycleId", second));
		assertThat(refused).hasStatus(409).bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:pulse-open");
		assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("cycleId");
		assertThat(api.post("/api/v1/pulses", api.admin(), Map.of("cycleId", second), "Accept-Language", "zh-CN"))
			.bodyJson().extractingPath("$.title").isEqualTo("已有脉搏调查开启");

		close(pulse);
		var next = api.post("/api/v1/pulses", api.admin(), Map.of("cycleId", second));
		assertThat(next).hasStatus(201);
		assertThat(api.get("/api/v1/pulses/" + pulse, api.admin())).bodyJson().extractingPath("$.state").isEqualTo("CLOSED");
		close(Api.id(next));
	}

	@Test
	void adminsOpeningACyclesPulseAtOnceOpenOneAndTheOthersAreToldItExists() throws Exception {
		long cycle = api.newCycle("ACTIVE");
		int admins = 4;
		var pool = java.util.concurrent.Executors.newFixedThreadPool(admins);
		List<Integer> statuses = new ArrayList<>();
		List<String> types = new ArrayList<>();
		try {
			var start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<org.springframework.test.web.servlet.assertj.MvcTestResult>> opening = new ArrayList<>();
			for (int i = 0; i < admins; i++) {
				opening.add(pool.submit(() -> {
					start.await();
					return api.post("/api/v1/pulses", api.admin(), Map.of("cycleId", cycle));
				}));
			}
			start.countDown();
			for (var attempt : opening) {
				var result = attempt.get();
				statuses.add(result.getResponse().getStatus());
				if (result.getResponse().getStatus() == 409) {
					types.add(Api.read(result, "$.type"));
				}
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(statuses).containsOnly(201, 409);
		assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
		assertThat(types).hasSize(admins - 1).containsOnly("urn:lodestar:problem:pulse-exists");
		close(jdbc.sql("select id from pulse where cycle_id = ?").param(cycle).query(Long.class).single());
	}

	@Test
	void everyCountIsWrittenAtZeroWhenThePulseOpensSoAnAnswerOnlyAddsOne() {
		var person = api.newPerson("Zeroed");
		long team = api.newTeam("Zeroed team", null, List.of(), List.of(person.personId()));
		long pulse = openPulse();
		int grid = PulseQuestion.values().length * 5;
		long teams = jdbc.sql("select count(*) from team").query(Long.class).single();

		assertThat(rows(pulse, null)).isEqualTo((teams + 1) * grid);
		assertThat(rows(pulse, team)).isEqualTo(grid);
		assertThat(jdbc.sql("select count(*) from pulse_tally where pulse_id = ? and answers <> 0").param(pulse)
			.query(Long.class).single()).isZero();

		answer(pulse, List.of(person), 4);
		assertThat(rows(pulse, null)).isEqualTo((teams + 1) * grid);
		assertThat(jdbc.sql("select sum(answers) from pulse_tally where pulse_id = ? and team_id = ?").params(pulse, team)
			.query(Long.class).single()).isEqualTo(PulseQuestion.values().length);

		// a team formed after the pulse opened gets its whole grid at its first answer, never one row per answer given
		var late = api.newPerson("Late");
		long lateTeam = api.newTeam("Late team", null, List.of(), List.of(late.personId()));
		assertThat(rows(pulse, lateTeam)).isZero();
		answer(pulse, List.of(late), 2);
		assertThat(rows(pulse, lateTeam)).isEqualTo(grid);
		close(pulse);
	}

	private long rows(long pulse, Long team) {
		return team == null
				? jdbc.sql("select count(*) from pulse_tally where pulse_id = ?").param(pulse).query(Long.class).single()
				: jdbc.sql("select count(*) from pulse_tally where pulse_id = ? and team_id = ?").params(pulse, team)
					.query(Long.class).single();
	}
}
