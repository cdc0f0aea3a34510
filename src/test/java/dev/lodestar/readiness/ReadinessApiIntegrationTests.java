package dev.lodestar.readiness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static dev.lodestar.readiness.ReadinessAnswering.body;
import static dev.lodestar.readiness.ReadinessAnswering.scoring;
import static org.assertj.core.api.Assertions.assertThat;

/** A team's readiness check through the API: opened by its lead, answered once by each of its people, read by them. */
class ReadinessApiIntegrationTests extends ApiIntegrationTest {

	private record Room(Api.Session lead, Api.Session first, Api.Session second, Api.Session third, long teamId, long cycleId) {
	}

	private Room room(String name) {
		var lead = api.newPerson(name + "Lead");
		var first = api.newPerson(name + "First");
		var second = api.newPerson(name + "Second");
		var third = api.newPerson(name + "Third");
		long team = api.newTeam(name + " team", null, List.of(lead.personId()),
				List.of(first.personId(), second.personId(), third.personId()));
		return new Room(lead, first, second, third, team, api.newCycle("ACTIVE"));
	}

	private long open(Room room, long cycleId) {
		var opened = api.post("/api/v1/teams/" + room.teamId() + "/readiness-checks", room.lead(), Map.of("cycleId", cycleId));
		assertThat(opened).hasStatus(201);
		return Api.id(opened);
	}

	@Test
	void aLeadOpensOneCheckPerCycleAndOnlyLeadsMay() {
		var room = room("Opening");
		String uri = "/api/v1/teams/" + room.teamId() + "/readiness-checks";

		var byMember = api.post(uri, room.first(), Map.of("cycleId", room.cycleId()));
		var noCycle = api.post(uri, room.lead(), Map.of());
		var unknownCycle = api.post(uri, room.lead(), Map.of("cycleId", 987654321));
		var opened = api.post(uri, room.lead(), Map.of("cycleId", room.cycleId()), "Idempotency-Key", Api.unique("open"));
		var twice = api.post(uri, room.lead(), Map.of("cycleId", room.cycleId()));

		assertThat(byMember).hasStatus(403);
		assertThat(noCycle).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("cycleId");
		assertThat(unknownCycle).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("cycleId");
		assertThat(opened).hasStatus(201);
		assertThat(opened.getResponse().getHeader("Location")).isEqualTo("/api/v1/readiness-checks/" + Api.id(opened));
		assertThat(Api.<String>read(opened, "$.state")).isEqualTo("OPEN");
		assertThat(Api.<Integer>read(opened, "$.answerCount")).isZero();
		assertThat(twice).hasStatus(409).bodyJson().extractingPath("$.type")
			.isEqualTo("urn:lodestar:problem:readiness-check-exists");
		assertThat(api.post(uri, api.admin(), Map.of("cycleId", api.newCycle("PLANNING")))).hasStatus(201);
		assertThat(api.post("/api/v1/teams/987654321/readiness-checks", room.lead(), Map.of("cycleId", room.cycleId())))
			.hasStatus(404);
	}

	@Test
	void aResultShowsOnceTheCheckIsClosedAndOnlyFromThreeAnswersWithTheMethodsAdvice() {
		var room = room("Result");
		long check = open(room, room.cycleId());
		String uri = "/api/v1/readiness-checks/" + check;
		// Routine work, authorising leads, people in between: scored 1, 5 and 3 by two, the lead a 4 on authorising.
		var answered = api.post(uri + "/answers", room.first(), body(scoring(1, 5, 3)));
		assertThat(answered).hasStatus(204);
		assertThat(Api.body(answered)).isEmpty();
		assertThat(Api.<Object>read(api.get(uri, room.second()), "$.result")).isNull();
		assertThat(Api.<String>read(api.get(uri, room.second()), "$.notEnough")).startsWith("Answers so far: 1.");

		assertThat(api.post(uri + "/answers", room.second(), body(scoring(1, 5, 3)))).hasStatus(204);
		var withTwo = api.get(uri, room.first());
		assertThat(Api.<Integer>read(withTwo, "$.answerCount")).isEqualTo(2);
		assertThat(Api.<Object>read(withTwo, "$.result")).isNull();
		assertThat(Api.<String>read(withTwo, "$.notEnough")).startsWith("Answers so far: 2.");
		assertThat(Api.<Boolean>read(withTwo, "$.youAnswered")).isTrue();
		assertThat(Api.<Boolean>read(withTwo, "$.mayAnswer")).isFalse();
		assertThat(Api.<Boolean>read(api.get(uri, room.third()), "$.mayAnswer")).isTrue();

		assertThat(api.post(uri + "/answers", room.lead(), body(scoring(1, 4, 3)))).hasStatus(204);
		// still open: a result read now and again after the next answer would give that answer away
		var openWithThree = api.get(uri, room.third());
		assertThat(Api.<Object>read(openWithThree, "$.result")).isNull();
		assertThat(Api.<String>read(openWithThree, "$.notEnough")).startsWith("Answers so far: 3.");
		assertThat(Api.<Object>read(api.get("/api/v1/teams/" + room.teamId() + "/readiness-checks", room.third()),
				"$[0].exploratoryWork")).isNull();
		assertThat(api.post(uri + "/close", room.lead(), null)).hasStatusOk();
		var withThree = api.get(uri, room.third());
		assertThat(Api.<Integer>read(withThree, "$.answerCount")).isEqualTo(3);
		assertThat(Api.<Object>read(withThree, "$.notEnough")).isNull();
		assertThat(Api.<List<String>>read(withThree, "$.result.conditions[*].condition"))
			.containsExactly("EXPLORATORY_WORK", "AUTHORISING_MANAGERS", "SELF_DRIVEN_PEOPLE");
		assertThat(Api.<List<Integer>>read(withThree, "$.result.conditions[*].score")).containsExactly(0, 92, 50);
		assertThat(Api.<List<String>>read(withThree, "$.result.conditions[*].stand")).containsExactly("NOT_YET", "READY", "PARTLY");
		assertThat(Api.<String>read(withThree, "$.result.conditions[0].advice"))
			.contains("keep KPIs for the routine execution work and start OKR on the exploratory part");
		assertThat(Api.<String>read(withThree, "$.result.stand")).isEqualTo("NOT_YET");
		assertThat(Api.<String>read(withThree, "$.result.summary")).contains("one to two years");

		api.speaksChinese(room.second());
		var inChinese = api.get(uri, room.second());
		assertThat(Api.<String>read(inChinese, "$.result.conditions[0].name")).isEqualTo("探索性工作");
		assertThat(Api.<String>read(inChinese, "$.result.conditions[0].advice")).contains("常规执行工作继续使用 KPI");
		assertThat(Api.<String>read(inChinese, "$.result.summary")).contains("一到两年");
	}

	@Test
	void eachPersonOfTheTeamAnswersOnceAndNoOneElse() {
		var room = room("Once");
		var outsider = api.newPerson("OnceOutsider");
		long check = open(room, room.cycleId());
		String answers = "/api/v1/readiness-checks/" + check + "/answers";

		assertThat(api.post(answers, outsider, body(scoring(3, 3, 3)))).hasStatus(403);
		assertThat(api.get("/api/v1/readiness-checks/" + check, outsider)).hasStatus(403);
		assertThat(api.get("/api/v1/teams/" + room.teamId() + "/readiness-checks", outsider)).hasStatus(403);
		assertThat(api.get("/api/v1/readiness-checks/" + check, api.admin())).hasStatusOk();
		// an OKR coach reads every team's checks, but answers only for their own teams
		var coach = dev.lodestar.showcase.ShowcaseFixtures.coach(api, "OnceCoach");
		assertThat(api.get("/api/v1/readiness-checks/" + check, coach)).hasStatusOk();
		assertThat(api.get("/api/v1/teams/" + room.teamId() + "/readiness-checks", coach)).hasStatusOk();
		assertThat(api.post(answers, coach, body(scoring(3, 3, 3)))).hasStatus(403);
		assertThat(api.post(answers, room.first(), body(scoring(3, 3, 3)))).hasStatus(204);
		assertThat(api.post(answers, room.first(), body(scoring(5, 5, 5)))).hasStatus(409).bodyJson().extractingPath("$.type")
			.isEqualTo("urn:lodestar:problem:readiness-answered");
		assertThat(Api.<Integer>read(api.get("/api/v1/readiness-checks/" + check, room.lead()), "$.answerCount")).isEqualTo(1);
		assertThat(api.post("/api/v1/readiness-checks/987654321/answers", room.first(), body(scoring(3, 3, 3)))).hasStatus(404);
	}

	@Test
	void badAnswersAreRefusedOnTheirFields() {
		var room = room("Refused");
		long check = open(room, room.cycleId());
		Map<String, Object> answers = new HashMap<>(scoring(3, 3, 3));
		answers.remove("WORK_IS_UNCERTAIN");
		answers.put("WE_SEEK_CHALLENGES", 6);
		answers.put("WE_WAIT_TO_BE_TOLD", 0);
		answers.put("FAVOURITE_COLOUR", 2);

		var refused = api.post("/api/v1/readiness-checks/" + check + "/answers", room.first(), body(answers));

		assertThat(refused).hasStatus(400);
		assertThat(Api.<List<String>>read(refused, "$.errors[*].field")).containsExactlyInAnyOrder("answers.WORK_IS_UNCERTAIN",
				"answers.WE_SEEK_CHALLENGES", "answers.WE_WAIT_TO_BE_TOLD", "answers.FAVOURITE_COLOUR");
		assertThat(api.post("/api/v1/readiness-checks/" + check + "/answers", room.first(), Map.of())).hasStatus(400);
		// Refused answers are not counted, and do not use up the person's answer.
		assertThat(Api.<Integer>read(api.get("/api/v1/readiness-checks/" + check, room.lead()), "$.answerCount")).isZero();
		assertThat(api.post("/api/v1/readiness-checks/" + check + "/answers", room.first(), body(scoring(3, 3, 3)))).hasStatus(204);
	}

	@Test
	void aClosedCheckTakesNoAnswersAndTheHistoryShowsChangeOverCycles() {
		var room = room("History");
		long earlier = api.newCycle("CLOSED", "2025-01-01", "2025-03-31");
		long later = api.newCycle("ACTIVE", "2025-04-01", "2025-06-30");
		long second = open(room, later);
		long first = open(room, earlier);
		String historyUri = "/api/v1/teams/" + room.teamId() + "/readiness-checks";
		statements.reset();
		api.get(historyUri, room.first());
		int withOneUnanswered = statements.count();
		for (var person : List.of(room.first(), room.second(), room.third())) {
			assertThat(api.post("/api/v1/readiness-checks/" + first + "/answers", person, body(scoring(2, 2, 2)))).hasStatus(204);
			assertThat(api.post("/api/v1/readiness-checks/" + second + "/answers", person, body(scoring(4, 3, 5)))).hasStatus(204);
		}

		assertThat(api.post("/api/v1/readiness-checks/" + first + "/close", room.first(), null)).hasStatus(403);
		var closed = api.post("/api/v1/readiness-checks/" + first + "/close", room.lead(), null);
		assertThat(closed).hasStatusOk();
		assertThat(Api.<String>read(closed, "$.state")).isEqualTo("CLOSED");
		assertThat(Api.<Boolean>read(closed, "$.mayClose")).isFalse();
		assertThat(api.post("/api/v1/readiness-checks/" + first + "/answers", room.lead(), body(scoring(5, 5, 5))))
			.hasStatus(409).bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:readiness-check-closed");
		// the later check still open shows no scores yet; once closed it does
		assertThat(Api.<List<Integer>>read(api.get(historyUri, room.first()), "$[*].exploratoryWork")).containsExactly(25, null);
		assertThat(api.post("/api/v1/readiness-checks/" + second + "/close", room.lead(), null)).hasStatusOk();

		statements.reset();
		var history = api.get(historyUri, room.first());
		assertThat(statements.count()).isEqualTo(withOneUnanswered);
		assertThat(history).hasStatusOk();
		assertThat(Api.<List<Integer>>read(history, "$[*].checkId")).containsExactly((int) first, (int) second);
		assertThat(Api.<List<String>>read(history, "$[*].state")).containsExactly("CLOSED", "CLOSED");
		assertThat(Api.<List<Integer>>read(history, "$[*].exploratoryWork")).containsExactly(25, 75);
		assertThat(Api.<List<Integer>>read(history, "$[*].authorisingManagers")).containsExactly(25, 50);
		assertThat(Api.<List<Integer>>read(history, "$[*].selfDrivenPeople")).containsExactly(25, 100);
	}

	@Test
	void theQuestionnaireComesInTheCallersLanguage() {
		var person = api.newPerson("Questions");
		var english = api.get("/api/v1/readiness-questions", person);
		api.speaksChinese(person);
		var chinese = api.get("/api/v1/readiness-questions", person);

		assertThat(Api.<List<String>>read(english, "$.questions[*].question")).hasSize(ReadinessQuestion.values().length)
			.contains("WORK_IS_ROUTINE");
		assertThat(Api.<List<Boolean>>read(english, "$.questions[?(@.question == 'WORK_IS_ROUTINE')].reversed")).containsExactly(true);
		assertThat(Api.<List<String>>read(english, "$.scale")).containsExactly("Strongly disagree", "Disagree",
				"Neither agree nor disagree", "Agree", "Strongly agree");
		assertThat(Api.<String>read(chinese, "$.scale[0]")).isEqualTo("非常不同意");
		assertThat(Api.<String>read(chinese, "$.questions[0].conditionName")).isEqualTo("探索性工作");
	}
}
