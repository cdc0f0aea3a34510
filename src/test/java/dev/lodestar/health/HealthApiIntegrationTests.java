package dev.lodestar.health;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import dev.lodestar.support.Api;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class HealthApiIntegrationTests extends ApiIntegrationTest {

	HealthFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new HealthFixtures(api);
	}

	@Autowired
	ApplicationContext application;

	/** The team's health address, once the background work its fixture caused has finished. */
	private String health(HealthFixtures.Team team) {
		HealthWork.settle(application);
		return "/api/v1/teams/" + team.teamId() + "/health?cycleId=" + team.cycleId();
	}

	/** The team's health once it was computed again after {@code computedAt}; the update runs in the background. */
	private org.springframework.test.web.servlet.assertj.MvcTestResult waitForChange(String uri, Api.Session as,
			String computedAt) {
		for (int attempt = 0; attempt < 100; attempt++) {
			var read = api.get(uri, as);
			if (!computedAt.equals(Api.read(read, "$.computedAt"))) {
				return read;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("health was not computed again within 5 s");
	}

	private static String signal(String name, String field) {
		return "$.signals[?(@.signal == '" + name + "')]." + field;
	}

	@Test
	void computesTheTeamsSignalsWithTheirEvidence() {
		var team = fixtures.team();

		var health = api.get(health(team), team.lead());

		assertThat(health).hasStatusOk();
		assertThat(Api.<List<String>>read(health, "$.signals[*].signal")).containsExactly(
				java.util.Arrays.stream(HealthSignal.values()).map(Enum::name).toArray(String[]::new));
		// no final score yet, no co-creation: not measured yet, never zero; no attempt refused by the caps: healthy
		assertThat(Api.<List<String>>read(health, signal("SANDBAGGED_SCORES", "band"))).containsExactly("NOT_MEASURED");
		assertThat(Api.<List<String>>read(health, signal("BOTTOM_UP_PROPOSALS", "band"))).containsExactly("NOT_MEASURED");
		assertThat(Api.<List<String>>read(health, signal("CAP_REFUSALS", "band"))).containsExactly("HEALTHY");
		// nothing is aligned upward, no request agreed, no sub-teams, no check-in: at risk, at risk, not measured
		assertThat(Api.<List<String>>read(health, signal("ALIGNED_UPWARD", "band"))).containsExactly("AT_RISK");
		assertThat(Api.<List<String>>read(health, signal("HORIZONTAL_LINKS", "band"))).containsExactly("AT_RISK");
		assertThat(Api.<List<String>>read(health, signal("UNSUPPORTED_OBJECTIVES", "band"))).containsExactly("NOT_MEASURED");
		assertThat(Api.<List<Object>>read(health, signal("UNSUPPORTED_OBJECTIVES", "value"))).containsExactly((Object) null);
		// 1 of 3 objectives has numbers in the title; 1 of 3 key results is an activity
		assertThat(Api.<List<Double>>read(health, signal("NUMBERS_IN_OBJECTIVES", "value"))).containsExactly(0.3333);
		assertThat(Api.<List<Integer>>read(health, signal("NUMBERS_IN_OBJECTIVES", "evidence[*].id")))
			.containsExactly((int) team.setObjective());
		assertThat(Api.<List<Integer>>read(health, signal("ACTIVITY_KEY_RESULTS", "evidence[*].id")))
			.containsExactly((int) team.activityKeyResult());
		assertThat(Api.<List<Integer>>read(health, signal("ACTIVITY_KEY_RESULTS", "evidence[*].objectiveId")))
			.containsExactly((int) team.ownObjective());
		// the set one (one key result) and the private one (none) of 3 are thin: 0.6667, at risk
		assertThat(Api.<List<String>>read(health, signal("THIN_OBJECTIVES", "band"))).containsExactly("AT_RISK");
		// the admin set one of 3 was set for the team: 0.3333, watch
		assertThat(Api.<List<String>>read(health, signal("SET_FOR_OTHERS", "band"))).containsExactly("WATCH");
		assertThat(Api.<List<Integer>>read(health, signal("SET_FOR_OTHERS", "evidence[*].id")))
			.containsExactly((int) team.setObjective());
		// the member's objective is private and they own no key result; the teammate owns nothing: 2 of 3 people
		assertThat(Api.<List<Double>>read(health, signal("MEMBERS_WITHOUT_VISIBLE_OKRS", "value"))).containsExactly(0.6667);
		assertThat(Api.<List<String>>read(health, signal("MEMBERS_WITHOUT_VISIBLE_OKRS", "evidence[*].label")))
			.containsExactly("Member", "Teammate");
		assertThat(Api.<List<Integer>>read(health, signal("MEMBERS_WITHOUT_VISIBLE_OKRS", "watch"))).isNotEmpty();
	}

	@Test
	void evidenceNeverDescribesAPrivateObjectiveToSomeoneWhoMayNotSeeIt() {
		var team = fixtures.team();

		var owner = api.get(health(team), team.member());
		var teammate = api.get(health(team), team.teammate());

		assertThat(Api.<List<String>>read(owner, signal("PRIVATE_OBJECTIVES", "evidence[*].label")))
			.containsExactly("Learn the pricing model");
		assertThat(Api.<List<Boolean>>read(teammate, signal("PRIVATE_OBJECTIVES", "evidence[*].visible"))).containsExactly(false);
		assertThat(Api.<List<Object>>read(teammate, signal("PRIVATE_OBJECTIVES", "evidence[*].id"))).isEmpty();
		assertThat(Api.body(teammate)).doesNotContain("Learn the pricing model");
		assertThat(Api.<List<Integer>>read(teammate, signal("PRIVATE_OBJECTIVES", "evidenceCount"))).containsExactly(1);
	}

	@Test
	void onlyTheTeamsPeopleAndAdminsReadItAndAnUnknownCycleIsRefusedOnItsField() {
		var team = fixtures.team();

		assertThat(api.get(health(team), team.outsider())).hasStatus(403);
		assertThat(api.get(health(team), api.admin())).hasStatusOk();
		assertThat(api.get("/api/v1/teams/999999/health", team.lead())).hasStatus(404);
		var unknown = api.get("/api/v1/teams/" + team.teamId() + "/health?cycleId=999999", team.lead());
		assertThat(unknown).hasStatus(400);
		assertThat(Api.<List<String>>read(unknown, "$.errors[*].field")).containsExactly("cycleId");
	}

	@Test
	void readsStoredResultsUntilAChangeOrARequestComputesThemAgain() {
		var team = fixtures.team();
		var first = api.get(health(team), team.lead());

		var stored = api.get(health(team), team.lead());
		fixtures.keyResult(team.lead(), team.setObjective(), "Hold a pricing workshop");
		var changed = waitForChange(health(team), team.lead(), Api.read(first, "$.computedAt"));
		var recomputed = api.post("/api/v1/teams/" + team.teamId() + "/health/recompute?cycleId=" + team.cycleId(),
				team.lead(), null);

		assertThat(Api.<String>read(stored, "$.computedAt")).isEqualTo(Api.read(first, "$.computedAt"));
		assertThat(Api.<String>read(changed, "$.computedAt")).isNotEqualTo(Api.read(first, "$.computedAt"));
		assertThat(Api.<List<Integer>>read(changed, signal("ACTIVITY_KEY_RESULTS", "evidenceCount"))).containsExactly(2);
		assertThat(recomputed).hasStatusOk();
		assertThat(Api.<String>read(recomputed, "$.computedAt")).isNotEqualTo(Api.read(changed, "$.computedAt"));
		// the set objective has two key results now; only the member's private one is thin, and the lead may not see it
		assertThat(Api.<List<Integer>>read(recomputed, signal("THIN_OBJECTIVES", "evidenceCount"))).containsExactly(1);
		assertThat(Api.<List<Boolean>>read(recomputed, signal("THIN_OBJECTIVES", "evidence[*].visible"))).containsExactly(false);
	}

	@Test
	void storedHealthIsReadInAConstantNumberOfStatementsHoweverMuchEvidence() {
		var small = fixtures.team();
		var large = fixtures.team();
		for (int i = 0; i < 3; i++) {
			long objective = api.newTeamObjective(api.admin(), large.cycleId(), large.teamId(), "Reach " + (i + 100) + " customers");
			fixtures.keyResult(large.lead(), objective, "Hold workshop " + i);
		}
		api.get(health(small), small.lead());
		api.get(health(large), large.lead());

		statements.reset();
		api.get(health(small), small.lead());
		int smallCount = statements.count();
		statements.reset();
		api.get(health(large), large.lead());
		int largeCount = statements.count();

		assertThat(largeCount).isEqualTo(smallCount);
		assertThat(Api.<List<Integer>>read(api.get(health(large), large.lead()), signal("NUMBERS_IN_OBJECTIVES", "evidenceCount")))
			.containsExactly(4);
	}

	@Test
	void readsAlignmentAndCheckInsThroughTheirModules() {
		var team = fixtures.team();
		var director = api.newPerson("Director");
		long division = api.newTeam("Division", null, List.of(director.personId()), List.of());
		long above = api.newTeamObjective(director, team.cycleId(), division, "Become the customers' favourite");
		api.link(team.lead(), team.ownObjective(), above, null);
		for (int confidence : new int[] { 6, 6 }) {
			assertThat(api.post("/api/v1/key-results/" + team.activityKeyResult() + "/check-ins", team.lead(),
					java.util.Map.of("done", false, "confidence", confidence))).hasStatus(201);
		}

		var health = api.post("/api/v1/teams/" + team.teamId() + "/health/recompute?cycleId=" + team.cycleId(), team.lead(), null);

		// the own objective of 3 supports the division's: 0.3333, watch; evidence, the two that do not
		assertThat(Api.<List<Double>>read(health, signal("ALIGNED_UPWARD", "value"))).containsExactly(0.3333);
		assertThat(Api.<List<Integer>>read(health, signal("ALIGNED_UPWARD", "evidence[?(@.visible == true)].id")))
			.containsExactly((int) team.setObjective());
		// one key result checked in twice, its confidence 6 both times
		assertThat(Api.<List<Number>>read(health, signal("CONFIDENCE_NEVER_CHANGED", "value"))).singleElement()
			.satisfies(value -> assertThat(value.doubleValue()).isEqualTo(1.0));
		assertThat(Api.<List<Integer>>read(health, signal("CONFIDENCE_NEVER_CHANGED", "evidence[*].id")))
			.containsExactly((int) team.activityKeyResult());
	}

	@Test
	void theTrendShowsTheCyclesOfTheSameRhythmBeforeThisOneComputedOnceWhenFirstNeeded() {
		var lead = api.newPerson("Lead");
		long team = api.newTeam("Trending team", null, List.of(lead.personId()), List.of());
		// cycles of 17 days, a length no other test uses, so no other cycle falls into this trend
		long earlier = api.newCycle("ACTIVE", "2031-01-01", "2031-01-18");
		long later = api.newCycle("ACTIVE", "2031-02-01", "2031-02-18");
		api.newTeamObjective(lead, earlier, team, "Grow revenue by 30%");
		api.newTeamObjective(lead, later, team, "Delight every new customer");

		HealthWork.settle(application);
		var health = api.get("/api/v1/teams/" + team + "/health?cycleId=" + later, lead);

		assertThat(Api.<List<Integer>>read(health, "$.trend[*].cycleId")).containsExactly((int) earlier, (int) later);
		assertThat(Api.<List<Number>>read(health, "$.trend[*].values.NUMBERS_IN_OBJECTIVES"))
			.extracting(Number::doubleValue).containsExactly(1.0, 0.0);
		assertThat(Api.<List<Number>>read(api.get("/api/v1/teams/" + team + "/health?cycleId=" + earlier, lead),
				signal("NUMBERS_IN_OBJECTIVES", "value"))).extracting(Number::doubleValue).containsExactly(1.0);
	}

	@Test
	void aCheckInComputesTheTeamsHealthAgainOnceItCommits() {
		var team = fixtures.team();
		var before = api.get(health(team), team.lead());
		assertThat(Api.<List<String>>read(before, signal("CONFIDENCE_NEVER_CHANGED", "band"))).containsExactly("NOT_MEASURED");

		for (int confidence : new int[] { 6, 6 }) {
			assertThat(api.post("/api/v1/key-results/" + team.activityKeyResult() + "/check-ins", team.lead(),
					java.util.Map.of("done", false, "confidence", confidence))).hasStatus(201);
		}
		// read well within a minute of the first computation: only the check-ins can compute it again, in the background
		var after = waitForChange(health(team), team.lead(), Api.read(before, "$.computedAt"));

		assertThat(Api.<List<String>>read(after, signal("CONFIDENCE_NEVER_CHANGED", "band"))).containsExactly("AT_RISK");
	}

	@Test
	void deletingAnObjectiveComputesItsTeamsHealthAgainThoughTheObjectiveIsGone() {
		var team = fixtures.team();
		var before = api.get(health(team), team.lead());
		assertThat(Api.<List<Integer>>read(before, signal("NUMBERS_IN_OBJECTIVES", "evidence[*].id")))
			.containsExactly((int) team.setObjective());

		assertThat(api.delete("/api/v1/objectives/" + team.setObjective(), api.admin())).hasStatus(204);
		var after = waitForChange(health(team), team.lead(), Api.read(before, "$.computedAt"));

		assertThat(Api.<List<Integer>>read(after, signal("NUMBERS_IN_OBJECTIVES", "evidenceCount"))).containsExactly(0);
		assertThat(Api.<List<String>>read(after, signal("NUMBERS_IN_OBJECTIVES", "band"))).containsExactly("HEALTHY");
	}

	@Test
	void aNewMemberCountsOnceTheTeamChangesThoughNoObjectiveDid() {
		var team = fixtures.team();
		var newcomer = api.newPerson("Newcomer");
		api.newPersonalObjective(newcomer, team.cycleId(), "Cut onboarding to 3 days");
		var before = api.get(health(team), team.lead());
		assertThat(Api.<List<Integer>>read(before, signal("NUMBERS_IN_OBJECTIVES", "evidenceCount"))).containsExactly(1);

		var current = api.get("/api/v1/teams/" + team.teamId(), api.admin());
		var members = List.of(team.member().personId(), team.teammate().personId(), newcomer.personId());
		assertThat(api.put("/api/v1/teams/" + team.teamId(), api.admin(), java.util.Map.of("name",
				Api.<String>read(current, "$.name"), "leadIds", List.of(team.lead().personId()), "memberIds", members,
				"version", Api.<Integer>read(current, "$.version")))).hasStatusOk();
		var after = waitForChange(health(team), team.lead(), Api.read(before, "$.computedAt"));

		assertThat(Api.<List<Integer>>read(after, signal("NUMBERS_IN_OBJECTIVES", "evidenceCount"))).containsExactly(2);
	}

	@Test
	void computingEveryTeamAtOnceGivesEachTeamWhatItsOwnComputationGives() {
		var first = fixtures.team();
		// a second team of the same cycle shares the first one's member, whose private objective counts in both
		var lead = api.newPerson("SecondLead");
		long second = api.newTeam("Second team", null, List.of(lead.personId()), List.of(first.member().personId()));
		long objective = api.newTeamObjective(lead, first.cycleId(), second, "Win 5 reference customers");
		fixtures.keyResult(lead, objective, "Hold a reference call");
		String firstHealth = health(first);
		String secondHealth = "/api/v1/teams/" + second + "/health?cycleId=" + first.cycleId();
		var firstAlone = api.post("/api/v1/teams/" + first.teamId() + "/health/recompute?cycleId=" + first.cycleId(),
				first.lead(), null);
		var secondAlone = api.post("/api/v1/teams/" + second + "/health/recompute?cycleId=" + first.cycleId(), lead, null);

		assertThat(api.post("/api/v1/health/recompute?cycleId=" + first.cycleId(), api.admin(), null)).hasStatusOk();
		var firstAll = api.get(firstHealth, first.lead());
		var secondAll = api.get(secondHealth, lead);

		assertThat(Api.<String>read(firstAll, "$.computedAt")).isNotEqualTo(Api.read(firstAlone, "$.computedAt"));
		for (String field : List.of("signal", "value", "band", "evidenceCount", "evidence[*].id")) {
			assertThat(Api.<Object>read(firstAll, "$.signals[*]." + field)).as(field)
				.isEqualTo(Api.read(firstAlone, "$.signals[*]." + field));
			assertThat(Api.<Object>read(secondAll, "$.signals[*]." + field)).as(field)
				.isEqualTo(Api.read(secondAlone, "$.signals[*]." + field));
		}
		assertThat(Api.<List<Integer>>read(secondAll, signal("PRIVATE_OBJECTIVES", "evidenceCount"))).containsExactly(1);
		assertThat(Api.<List<Integer>>read(secondAll, signal("NUMBERS_IN_OBJECTIVES", "evidence[*].id")))
			.containsExactly((int) objective);
	}

	@Test
	void attemptsTheCapsRefuseChangeNothingButAreCountedInTheTeamsHealth() {
		var caps = api.get("/api/v1/policy/caps", api.admin());
		var lead = api.newPerson("CappedLead");
		long team = api.newTeam("Capped team", null, List.of(lead.personId()), List.of());
		long cycle = api.newCycle("ACTIVE");
		long full = 0;
		for (int i = 0; i < Api.<Integer>read(caps, "$.maxObjectivesPerOwner"); i++) {
			full = api.newTeamObjective(lead, cycle, team, "Delight customers, way " + i);
		}
		for (int i = 0; i < Api.<Integer>read(caps, "$.maxKeyResultsPerObjective"); i++) {
			fixtures.keyResult(lead, full, "Customers say yes, measure " + i);
		}
		String health = "/api/v1/teams/" + team + "/health?cycleId=" + cycle;
		var before = api.get(health, lead);
		assertThat(Api.<List<Integer>>read(before, signal("CAP_REFUSALS", "value"))).containsExactly(0);

		var sixth = api.post("/api/v1/objectives", lead, java.util.Map.of("cycleId", cycle, "ownerTeamId", team,
				"title", "One objective too many"));
		var fifth = api.post("/api/v1/objectives/" + full + "/key-results", lead, java.util.Map.of("title",
				"One key result too many", "kind", "MILESTONE", "ownerPersonId", lead.personId()));
		HealthWork.settle(application);
		var after = api.get(health, lead);

		assertThat(sixth).hasStatus(409);
		assertThat(fifth).hasStatus(409);
		assertThat(Api.<String>read(after, "$.computedAt")).isNotEqualTo(Api.read(before, "$.computedAt"));
		assertThat(Api.<List<String>>read(api.get("/api/v1/objectives/" + full, lead), "$.keyResults[*].title"))
			.hasSize(Api.<Integer>read(caps, "$.maxKeyResultsPerObjective")).doesNotContain("One key result too many");
		assertThat(Api.<List<Integer>>read(after, signal("CAP_REFUSALS", "value"))).containsExactly(2);
		assertThat(Api.<List<String>>read(after, signal("CAP_REFUSALS", "band"))).containsExactly("WATCH");
		assertThat(Api.<List<String>>read(after, signal("CAP_REFUSALS", "evidence[*].kind")))
			.containsExactly("PERSON", "OBJECTIVE");
		assertThat(Api.<List<Integer>>read(after, signal("CAP_REFUSALS", "evidence[*].id")))
			.containsExactly((int) lead.personId(), (int) full);
	}
}
