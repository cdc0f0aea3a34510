package dev.lodestar.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.security.CallerDirectory;
import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClosingApiIntegrationTests extends ApiIntegrationTest {

	@Autowired
	ScoreManagement scores;

	@Autowired
	CallerDirectory callers;

	/** A cycle far from its last week, so a score in it is a forecast unless final scores were asked for. */
	private long longCycle() {
		return api.newCycle("ACTIVE", "2026-01-01", "2030-12-31");
	}

	private Caller caller(Session session) {
		return callers.byPersonId(session.personId()).orElseThrow();
	}

	private Score score(Session owner, long keyResult, String value, int version) {
		return scores.record(caller(owner), keyResult, new NewScore(new BigDecimal(value), "Because", null, version));
	}

	private String closing(long cycle) {
		return "/api/v1/cycles/" + cycle + "/closing";
	}

	private String ask(long cycle) {
		return "/api/v1/cycles/" + cycle + "/final-scores-call";
	}

	@Test
	void askingForFinalScoresMakesEveryNewScoreInTheCycleFinal() {
		var owner = api.newPerson("Scorer");
		long cycle = longCycle();
		long keyResult = api.newKeyResult(owner, api.newPersonalObjective(owner, cycle, "Ship it"), "INCREASE", 0, 10);
		assertThat(score(owner, keyResult, "0.5", 0).kind()).isEqualTo(ScoreKind.FORECAST);

		var asked = api.post(ask(cycle), api.admin(), Map.of());
		var askedAgain = api.post(ask(cycle), api.admin(), Map.of());

		assertThat(asked).hasStatusOk().bodyJson().extractingPath("$.cycleId").isEqualTo((int) cycle);
		assertThat(askedAgain).hasStatusOk();
		assertThat((String) Api.read(askedAgain, "$.askedAt")).isEqualTo(Api.read(asked, "$.askedAt"));
		assertThat(api.put("/api/v1/key-results/" + keyResult + "/score", owner,
				Map.of("score", 0.7, "reason", "Landed it", "version", 1)))
			.hasStatusOk().bodyJson().extractingPath("$.kind").isEqualTo("FINAL");
	}

	@Test
	void aMemberWhoLeadsNoTopLevelTeamCannotAskForFinalScoresNorSeeTheCloseOut() {
		var member = api.newPerson("Member");
		long top = api.newTeam(Api.unique("Top"), null, List.of(), List.of(member.personId()));
		api.newTeam(Api.unique("Sub"), top, List.of(member.personId()), List.of());
		long cycle = longCycle();
		long keyResult = api.newKeyResult(member, api.newPersonalObjective(member, cycle, "Mine"), "INCREASE", 0, 10);

		assertThat(api.post(ask(cycle), member, Map.of())).hasStatus(403);
		assertThat(api.get(closing(cycle), member)).hasStatus(403);
		assertThat(score(member, keyResult, "0.5", 0).kind()).isEqualTo(ScoreKind.FORECAST);
	}

	@Test
	void theCloseOutListsKeyResultsWithoutAFinalScoreByOwner() {
		var ada = api.newPerson("Ada");
		var bo = api.newPerson("Bo");
		var lead = api.newPerson("Toplead");
		api.newTeam(Api.unique("Company"), null, List.of(lead.personId()), List.of());
		long cycle = longCycle();
		long adaObjective = api.newPersonalObjective(ada, cycle, "Ada's goal");
		long scoredFinally = api.newKeyResult(ada, adaObjective, "INCREASE", 0, 10);
		long forecastOnly = api.newKeyResult(ada, adaObjective, "INCREASE", 0, 10);
		long neverScored = api.newKeyResult(bo, api.newPersonalObjective(bo, cycle, "Bo's goal"), "MILESTONE", null, null);
		score(ada, forecastOnly, "0.4", 0);
		assertThat(api.post(ask(cycle), lead, Map.of())).hasStatusOk();
		score(ada, scoredFinally, "0.7", 0);

		var closeOut = api.get(closing(cycle), lead);

		assertThat(closeOut).hasStatusOk().bodyJson().extractingPath("$.keyResults").isEqualTo(3);
		assertThat(closeOut).bodyJson().extractingPath("$.call.askedBy").isEqualTo((int) lead.personId());
		assertThat(closeOut).bodyJson().extractingPath("$.owners[*].personId").asArray()
			.containsExactly((int) ada.personId(), (int) bo.personId());
		assertThat(closeOut).bodyJson().extractingPath("$.owners[0].keyResults[*].keyResultId").asArray()
			.containsExactly((int) forecastOnly);
		assertThat(closeOut).bodyJson().extractingPath("$.owners[0].keyResults[0].current.kind").isEqualTo("FORECAST");
		assertThat(closeOut).bodyJson().extractingPath("$.owners[1].keyResults[*].keyResultId").asArray()
			.containsExactly((int) neverScored);
		assertThat(closeOut).bodyJson().extractingPath("$.owners[1].keyResults[0].objectiveId").isNotNull();
	}

	@Test
	void aPrivateObjectivesKeyResultsAreNotListedForSomeoneWhoCannotSeeIt() {
		var owner = api.newPerson("Secretive");
		var lead = api.newPerson("Toplead");
		api.newTeam(Api.unique("Company"), null, List.of(lead.personId()), List.of());
		long cycle = longCycle();
		long hidden = Api.id(api.post("/api/v1/objectives", owner, Map.of("cycleId", cycle, "ownerPersonId", owner.personId(),
				"title", "Hush", "visibility", "PRIVATE")));
		long hiddenKeyResult = api.newKeyResult(owner, hidden, "INCREASE", 0, 10);
		long shownKeyResult = api.newKeyResult(owner, api.newPersonalObjective(owner, cycle, "Out loud"), "INCREASE", 0, 10);

		var forLead = api.get(closing(cycle), lead);
		var forAdmin = api.get(closing(cycle), api.admin());

		assertThat(forLead).hasStatusOk().bodyJson().extractingPath("$.owners[*].keyResults[*].keyResultId").asArray()
			.containsExactly((int) shownKeyResult);
		assertThat(Api.body(forLead)).doesNotContain("Hush");
		assertThat(forLead).bodyJson().extractingPath("$.keyResults").isEqualTo(1);
		assertThat(forAdmin).bodyJson().extractingPath("$.owners[*].keyResults[*].keyResultId").asArray()
			.containsExactlyInAnyOrder((int) hiddenKeyResult, (int) shownKeyResult);
	}

	@Test
	void afterClosingScoringAndAskingAreRefusedWithTheCycleClosedProblem() {
		var owner = api.newPerson("Late");
		long cycle = longCycle();
		long keyResult = api.newKeyResult(owner, api.newPersonalObjective(owner, cycle, "Too late"), "INCREASE", 0, 10);
		assertThat(api.post("/api/v1/cycles/" + cycle + "/close", api.admin(), Map.of("version", 0))).hasStatusOk();

		assertThatThrownBy(() -> score(owner, keyResult, "0.6", 0)).isInstanceOfSatisfying(RuleViolationException.class,
				refused -> assertThat(refused.code()).isEqualTo("cycle-closed"));
		assertThat(api.put("/api/v1/key-results/" + keyResult + "/score", owner,
				Map.of("score", 0.6, "reason", "Too late", "version", 0)))
			.hasStatus(409).bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:cycle-closed");
		assertThat(api.post(ask(cycle), api.admin(), Map.of())).hasStatus(409)
			.bodyJson().extractingPath("$.type").isEqualTo("urn:lodestar:problem:cycle-closed");
		assertThat(api.get(closing(cycle), api.admin())).hasStatusOk()
			.bodyJson().extractingPath("$.cycle.state").isEqualTo("CLOSED");
	}

	@Test
	void theCloseOutTakesAsManyStatementsForAFewKeyResultsAsForMany() {
		long small = longCycle();
		long large = longCycle();
		api.fillWithHalfScoredObjectives(small, 1, 1);
		api.fillWithHalfScoredObjectives(large, 4, 3);

		assertThat(countedCloseOut(large)).isEqualTo(countedCloseOut(small));
	}

	private int countedCloseOut(long cycle) {
		api.get(closing(cycle), api.admin());
		statements.reset();
		assertThat(api.get(closing(cycle), api.admin())).hasStatusOk();
		return statements.count();
	}
}
