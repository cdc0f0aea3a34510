package dev.lodestar.alignment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lodestar.objectives.Owner;
import dev.lodestar.objectives.ObjectiveSummary;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageMeasureTests {

	private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

	private static ObjectiveSummary team(long id, long teamId) {
		return new ObjectiveSummary(id, 1, Owner.team(teamId), true, "Objective " + id, false, null);
	}

	private static ObjectiveSummary hidden(long id, long teamId) {
		return new ObjectiveSummary(id, 1, Owner.team(teamId), false, null, false, null);
	}

	private static AlignmentLink link(long child, long parent) {
		return new AlignmentLink(child * 1000 + parent, child, parent, null, false, null, 1, 0, NOW);
	}

	private static ContributionRequest request(long id, long asking, long asked, ContributionState state, Instant since) {
		return new ContributionRequest(id, 1, asking, asked, 99, state,
				new Proposal(ContributionType.OBJECTIVE, "Help " + id, "", null, null, null, null, null, null), null, null,
				since, 1, 0, since, since);
	}

	private static List<Long> ids(List<ObjectiveSummary> objectives) {
		return objectives.stream().map(ObjectiveSummary::id).toList();
	}

	@Test
	void countsTheShareAlignedUpwardWithOneDecimalAndListsBothEnds() {
		var objectives = List.of(team(1, 10), team(2, 10), team(3, 10));
		var measure = new CoverageMeasure(objectives, List.of(link(2, 1), link(3, 1)), NOW);

		Coverage coverage = measure.of(objectives, List.of());

		assertThat(coverage.objectives()).isEqualTo(3);
		assertThat(coverage.alignedUpward()).isEqualTo(2);
		assertThat(coverage.alignedUpwardShare()).isEqualByComparingTo("66.7");
		assertThat(ids(coverage.supportingNothing())).containsExactly(1L);
		assertThat(ids(coverage.unsupported())).containsExactly(2L, 3L);
	}

	@Test
	void noObjectivesHaveNoShareRatherThanADivisionByZero() {
		Coverage coverage = new CoverageMeasure(List.of(), List.of(), NOW).of(List.of(), List.of());

		assertThat(coverage.hasObjectives()).isFalse();
		assertThat(coverage.alignedUpwardShare()).isNull();
		assertThat(CoverageMeasure.share(1, 3)).isEqualByComparingTo(new BigDecimal("33.3"));
		assertThat(CoverageMeasure.share(2, 2)).isEqualByComparingTo("100.0");
	}

	@Test
	void aParentInALongerCycleCountsAsAlignedUpward() {
		var quarter = List.of(team(1, 10));
		var annual = new ObjectiveSummary(50, 2, Owner.team(20), true, "A year", false, null);
		var measure = new CoverageMeasure(List.of(quarter.get(0), annual), List.of(link(1, 50)), NOW);

		assertThat(measure.of(quarter, List.of()).alignedUpward()).isEqualTo(1);
	}

	@Test
	void aHiddenObjectiveIsNeitherCountedNorListedNorMakesALinkCount() {
		var objectives = List.of(team(1, 10), hidden(2, 10), team(3, 10));
		var measure = new CoverageMeasure(objectives, List.of(link(2, 1), link(1, 2), link(3, 1)), NOW);

		Coverage coverage = measure.of(objectives, List.of());

		assertThat(coverage.objectives()).isEqualTo(2);
		assertThat(coverage.alignedUpward()).isEqualTo(1);
		assertThat(ids(coverage.supportingNothing())).containsExactly(1L);
		assertThat(ids(coverage.unsupported())).containsExactly(3L);
	}

	@Test
	void aRequestWaitsTooLongOnlyAfterMoreThanSevenDaysAndWhileOpen() {
		var exactly = request(1, 10, 20, ContributionState.WAITING_FOR_ASKED, NOW.minus(Duration.ofDays(7)));
		var justOver = request(2, 10, 20, ContributionState.WAITING_FOR_ASKING, NOW.minus(Duration.ofDays(7)).minusSeconds(1));
		var eightDays = request(3, 10, 20, ContributionState.WAITING_FOR_ASKED, NOW.minus(Duration.ofDays(8)));
		var closed = request(4, 10, 20, ContributionState.DECLINED, NOW.minus(Duration.ofDays(30)));

		var waiting = new CoverageMeasure(List.of(), List.of(), NOW).waiting(List.of(exactly, justOver, eightDays, closed));

		assertThat(waiting).extracting(w -> w.request().id()).containsExactly(3L, 2L);
		assertThat(waiting).extracting(WaitingRequest::daysWaiting).containsExactly(8L, 7L);
	}

	@Test
	void aTeamHasTheObjectivesItOwnsAndTheRequestsItAsksOrIsAsked() {
		var objectives = List.of(team(1, 10), team(2, 20), new ObjectiveSummary(3, 1, Owner.person(7), true, "Mine", false, null));
		var old = NOW.minus(Duration.ofDays(9));
		var requests = List.of(request(1, 10, 20, ContributionState.WAITING_FOR_ASKED, old),
				request(2, 20, 30, ContributionState.WAITING_FOR_ASKED, old));
		var measure = new CoverageMeasure(objectives, List.of(link(2, 1)), NOW);

		assertThat(ids(CoverageMeasure.ownedBy(objectives, 10))).containsExactly(1L);
		assertThat(CoverageMeasure.ofTeam(requests, 30)).extracting(ContributionRequest::id).containsExactly(2L);

		List<TeamCoverage> lines = measure.perTeam(objectives, requests);
		assertThat(lines).extracting(TeamCoverage::teamId).containsExactly(10L, 20L, 30L);
		assertThat(lines.get(0).coverage().unsupported()).isEmpty();
		assertThat(lines.get(0).coverage().waiting()).hasSize(1);
		assertThat(lines.get(1).coverage().alignedUpwardShare()).isEqualByComparingTo("100.0");
		assertThat(lines.get(1).coverage().waiting()).hasSize(2);
		assertThat(lines.get(2).coverage().hasObjectives()).isFalse();
		assertThat(measure.of(objectives, requests).objectives()).isEqualTo(3);
	}
}
