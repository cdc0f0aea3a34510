package dev.lodestar.alignment;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.lodestar.support.Api;
import dev.lodestar.support.Api.Session;
import dev.lodestar.support.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class AlignmentCoverageApiIntegrationTests extends ApiIntegrationTest {

	@Autowired
	private ContributionRequestRepository requests;

	private AgedRequests aged;

	@BeforeEach
	void ageRequestsThroughTheRepository() {
		aged = new AgedRequests(requests);
	}

	private String coverage(long cycle) {
		return "/api/v1/cycles/" + cycle + "/alignment-coverage";
	}

	@Test
	void theListsHoldAtMostTheLimitAskedForWhileTheirCountsCountAll() {
		var owner = api.newPerson("Many");
		long cycle = api.newCycle("ACTIVE");
		for (int i = 0; i < 3; i++) {
			api.newPersonalObjective(owner, cycle, "Alone " + i);
		}

		var limited = api.get(coverage(cycle) + "?limit=2", owner);

		assertThat(limited).hasStatusOk().bodyJson().extractingPath("$.unsupportedCount").asNumber().isEqualTo(3);
		assertThat(limited).bodyJson().extractingPath("$.unsupported").asArray().hasSize(2);
		assertThat(limited).bodyJson().extractingPath("$.supportingNothingCount").asNumber().isEqualTo(3);
		assertThat(limited).bodyJson().extractingPath("$.supportingNothing").asArray().hasSize(2);
		assertThat(api.get(coverage(cycle), owner)).bodyJson().extractingPath("$.unsupported").asArray().hasSize(3);
		assertThat(api.get(coverage(cycle) + "?limit=0", owner)).hasStatus(400).bodyJson()
			.extractingPath("$.errors[0].field").isEqualTo("limit");
		assertThat(api.get(coverage(cycle) + "?limit=1001", owner)).hasStatus(400);
	}

	@Test
	void theOrganisationAndEachTeamShowTheirShareAlignedUpwardAndWhatNothingSupports() {
		var a = api.newPerson("Ada");
		var b = api.newPerson("Bo");
		long cycle = api.newCycle("ACTIVE");
		long teamA = api.newTeam("Alpha", null, List.of(a.personId()), List.of());
		long teamB = api.newTeam("Beta", null, List.of(b.personId()), List.of());
		long empty = api.newTeam("Empty", null, List.of(), List.of());
		long a1 = api.newTeamObjective(a, cycle, teamA, "Lead the market");
		long a2 = api.newTeamObjective(a, cycle, teamA, "Keep the lights on");
		long b1 = api.newTeamObjective(b, cycle, teamB, "Win the big accounts");
		long mine = api.newPersonalObjective(a, cycle, "Grow as a lead");
		api.link(b, b1, a1, null);
		api.link(a, mine, a1, null);

		var organisation = api.get(coverage(cycle), b);
		assertThat(organisation).hasStatusOk().bodyJson().extractingPath("$.objectives").asNumber().isEqualTo(4);
		assertThat(organisation).bodyJson().extractingPath("$.alignedUpward").asNumber().isEqualTo(2);
		assertThat(organisation).bodyJson().extractingPath("$.alignedUpwardShare").asNumber().isEqualTo(50.0);
		assertThat(organisation).bodyJson().extractingPath("$.unsupported[*].objectiveId").asArray()
			.containsExactly((int) a2, (int) b1, (int) mine);
		assertThat(organisation).bodyJson().extractingPath("$.supportingNothing[*].title").asArray()
			.containsExactly("Lead the market", "Keep the lights on");
		assertThat(organisation).bodyJson().extractingPath("$.teams[*].teamId").asArray()
			.containsExactly((int) teamA, (int) teamB);
		assertThat(organisation).bodyJson().extractingPath("$.teams[1].alignedUpwardShare").asNumber().isEqualTo(100.0);

		var alpha = api.get(coverage(cycle) + "?teamId=" + teamA, b);
		assertThat(alpha).bodyJson().extractingPath("$.teamId").asNumber().isEqualTo((int) teamA);
		assertThat(alpha).bodyJson().extractingPath("$.objectives").asNumber().isEqualTo(2);
		assertThat(alpha).bodyJson().extractingPath("$.alignedUpwardShare").asNumber().isEqualTo(0.0);
		assertThat(alpha).bodyJson().extractingPath("$.unsupported[*].objectiveId").asArray().containsExactly((int) a2);
		assertThat(alpha).bodyJson().extractingPath("$.teams").asArray().isEmpty();

		var none = api.get(coverage(cycle) + "?teamId=" + empty, b);
		assertThat(none).bodyJson().extractingPath("$.objectives").asNumber().isEqualTo(0);
		assertThat(none).bodyJson().extractingPath("$.alignedUpwardShare").isNull();
	}

	@Test
	void anObjectiveSupportingAnAnnualObjectiveIsAlignedUpwardAndTheAnnualOneSupported() {
		var owner = api.newPerson("Planner");
		long quarter = api.newCycle("ACTIVE");
		long year = api.newCycle("ACTIVE", "2026-01-01", "2026-12-31");
		long child = api.newPersonalObjective(owner, quarter, "Ship the quarter");
		long annual = api.newPersonalObjective(owner, year, "A year customers remember");
		api.link(owner, child, annual, null);

		assertThat(api.get(coverage(quarter), owner)).bodyJson().extractingPath("$.alignedUpward").asNumber().isEqualTo(1);
		assertThat(api.get(coverage(year), owner)).bodyJson().extractingPath("$.unsupported").asArray().isEmpty();
		assertThat(api.get(coverage(year), owner)).bodyJson().extractingPath("$.supportingNothing[*].objectiveId")
			.asArray().containsExactly((int) annual);
	}

	@Test
	void aPrivateObjectiveIsNeitherCountedNorListedForAStrangerButIsForItsOwner() {
		var owner = api.newPerson("Secretive");
		var stranger = api.newPerson("Stranger");
		long cycle = api.newCycle("ACTIVE");
		long open = api.newPersonalObjective(owner, cycle, "Open ambition");
		var hidden = api.post("/api/v1/objectives", owner, Map.of("cycleId", cycle, "ownerPersonId", owner.personId(),
				"title", "Secret plan", "visibility", "PRIVATE"));
		api.link(owner, api.id(hidden), open, null);

		var seenByOwner = api.get(coverage(cycle), owner);
		assertThat(seenByOwner).bodyJson().extractingPath("$.objectives").asNumber().isEqualTo(2);
		assertThat(seenByOwner).bodyJson().extractingPath("$.unsupported[*].title").asArray()
			.containsExactly("Secret plan");

		var seenByStranger = api.get(coverage(cycle), stranger);
		assertThat(seenByStranger).bodyJson().extractingPath("$.objectives").asNumber().isEqualTo(1);
		assertThat(seenByStranger).bodyJson().extractingPath("$.alignedUpward").asNumber().isEqualTo(0);
		assertThat(seenByStranger).bodyJson().extractingPath("$.unsupported[*].objectiveId").asArray()
			.containsExactly((int) open);
		assertThat(api.body(seenByStranger)).doesNotContain("Secret plan");
		assertThat(seenByStranger).bodyJson().extractingPath("$..objectiveId").asArray()
			.doesNotContain((int) api.id(hidden));
	}

	@Test
	void aRequestWaitingEightDaysShowsAndOneWaitingSixDaysDoesNot() {
		var lead = api.newPerson("Asker");
		long cycle = api.newCycle("ACTIVE");
		long asking = api.newTeam("Sales", null, List.of(lead.personId()), List.of());
		long asked = api.newTeam("Support", null, List.of(), List.of());
		long bystander = api.newTeam("Legal", null, List.of(), List.of());
		long keyResult = api.newKeyResult(lead, api.newTeamObjective(lead, cycle, asking, "Win the region"), "PERCENTAGE", 0,
				100);
		long old = aged.ask(api, lead, keyResult, asked, "Answer within an hour", Duration.ofDays(8).plusHours(1));
		aged.ask(api, lead, keyResult, asked, "Train the new hires", Duration.ofDays(6));

		var organisation = api.get(coverage(cycle), lead);
		assertThat(organisation).bodyJson().extractingPath("$.waitingRequests[*].id").asArray().containsExactly((int) old);
		assertThat(organisation).bodyJson().extractingPath("$.waitingRequests[0].daysWaiting").asNumber().isEqualTo(8);
		assertThat(organisation).bodyJson().extractingPath("$.waitingRequests[0].waitingOnTeamId").asNumber()
			.isEqualTo((int) asked);
		assertThat(api.get(coverage(cycle) + "?teamId=" + asked, lead)).bodyJson()
			.extractingPath("$.waitingRequests[*].id").asArray().containsExactly((int) old);
		assertThat(api.get(coverage(cycle) + "?teamId=" + bystander, lead)).bodyJson()
			.extractingPath("$.waitingRequests").asArray().isEmpty();
	}

	@Test
	void anUnknownCycleOrTeamIsNotFound() {
		var reader = api.newPerson("Reader");
		long cycle = api.newCycle("ACTIVE");

		assertThat(api.get(coverage(Long.MAX_VALUE), reader)).hasStatus(404);
		assertThat(api.get(coverage(cycle) + "?teamId=" + Long.MAX_VALUE, reader)).hasStatus(404);
	}

	@Test
	void coverageCostsTheSameStatementsForAFewObjectivesAsForMany() {
		var lead = api.newPerson("Counter");
		long small = aCycleWith(lead, 1);
		long large = aCycleWith(lead, 6);
		api.get(coverage(small), lead);

		statements.reset();
		api.get(coverage(small), lead);
		int forFew = statements.count();
		statements.reset();
		api.get(coverage(large), lead);
		assertThat(statements.count()).isEqualTo(forFew);

		long someTeam = ((Number) Api.read(api.get(coverage(large), lead), "$.teams[0].teamId")).longValue();
		statements.reset();
		api.get(coverage(small) + "?teamId=" + someTeam, lead);
		int forTeam = statements.count();
		statements.reset();
		api.get(coverage(large) + "?teamId=" + someTeam, lead);
		assertThat(statements.count()).isEqualTo(forTeam);
	}

	/** A cycle with {@code size} teams, each with objectives aligned up and across cycles, and requests between them. */
	private long aCycleWith(Session lead, int size) {
		long cycle = api.newCycle("ACTIVE");
		long year = api.newCycle("ACTIVE", "2026-01-01", "2026-12-31");
		long asked = api.newTeam("Asked", null, List.of(), List.of());
		for (int i = 0; i < size; i++) {
			long team = api.newTeam("Team", null, List.of(lead.personId()), List.of());
			long top = api.newTeamObjective(lead, cycle, team, "Top " + i);
			long keyResult = api.newKeyResult(lead, top, "PERCENTAGE", 0, 100);
			api.link(lead, api.newTeamObjective(lead, cycle, team, "Below " + i), top, null);
			api.link(lead, top, api.newTeamObjective(lead, year, team, "Year " + i), null);
			aged.ask(api, lead, keyResult, asked, "Help " + i, Duration.ofDays(9));
		}
		return cycle;
	}
}
