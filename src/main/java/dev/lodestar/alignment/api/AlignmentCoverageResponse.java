package dev.lodestar.alignment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import dev.lodestar.alignment.Coverage;
import dev.lodestar.alignment.CoverageReport;
import dev.lodestar.alignment.WaitingRequest;
import dev.lodestar.objectives.ObjectiveSummary;

/**
 * Coverage of a cycle. {@code alignedUpwardShare} is a percentage with one decimal, null while there are no
 * objectives; {@code teams} has a line per team for the organisation and is empty for one team.
 */
record AlignmentCoverageResponse(long cycleId, Long teamId, int objectives, int alignedUpward,
		BigDecimal alignedUpwardShare, List<CoveredObjective> unsupported, List<CoveredObjective> supportingNothing,
		List<Waiting> waitingRequests, List<TeamLine> teams) {

	/** An objective in a list: enough to name it and open it. */
	record CoveredObjective(long objectiveId, String title, Long ownerTeamId, Long ownerPersonId, boolean draft,
			BigDecimal progress) {

		static CoveredObjective of(ObjectiveSummary objective) {
			return new CoveredObjective(objective.id(), objective.title(), objective.owner().teamId(),
					objective.owner().personId(), objective.draft(), objective.progress());
		}
	}

	/** A request waiting more than seven days; {@code waitingOn} is the team with the turn. */
	record Waiting(long id, long askingTeamId, long askedTeamId, long waitingOnTeamId, String title,
			Instant waitingSince, long daysWaiting) {

		static Waiting of(WaitingRequest waiting) {
			var request = waiting.request();
			return new Waiting(request.id(), request.askingTeamId(), request.askedTeamId(),
					request.teamOf(request.state().turn()), request.proposal().title(), request.waitingSince(),
					waiting.daysWaiting());
		}
	}

	/** One team's figures in the organisation's coverage. */
	record TeamLine(long teamId, int objectives, int alignedUpward, BigDecimal alignedUpwardShare, int unsupported,
			int supportingNothing, int waitingRequests) {
	}

	static AlignmentCoverageResponse of(CoverageReport report) {
		Coverage coverage = report.coverage();
		return new AlignmentCoverageResponse(report.cycleId(), report.teamId(), coverage.objectives(),
				coverage.alignedUpward(), coverage.alignedUpwardShare(),
				coverage.unsupported().stream().map(CoveredObjective::of).toList(),
				coverage.supportingNothing().stream().map(CoveredObjective::of).toList(),
				coverage.waiting().stream().map(Waiting::of).toList(),
				report.teams().stream().map(line -> {
					Coverage team = line.coverage();
					return new TeamLine(line.teamId(), team.objectives(), team.alignedUpward(), team.alignedUpwardShare(),
						team.unsupported().size(), team.supportingNothing().size(), team.waiting().size());
				}).toList());
	}
}
