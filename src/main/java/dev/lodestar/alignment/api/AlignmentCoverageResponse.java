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
 * objectives; {@code teams} has a line per team for the organisation and is empty for one team. The two objective
 * lists hold at most the {@code limit} asked for; {@code unsupportedCount} and {@code supportingNothingCount} count
 * them all.
 */
record AlignmentCoverageResponse(long cycleId, Long teamId, int objectives, int alignedUpward,
		BigDecimal alignedUpwardShare, int unsupportedCount, int supportingNothingCount,
		List<CoverageObjectiveResponse> unsupported, List<CoverageObjectiveResponse> supportingNothing,
		List<WaitingRequestResponse> waitingRequests, List<TeamCoverageResponse> teams) {

	/** An objective in a list: enough to name it and open it. */
	record CoverageObjectiveResponse(long objectiveId, String title, Long ownerTeamId, Long ownerPersonId, boolean draft,
			BigDecimal progress) {

		static CoverageObjectiveResponse of(ObjectiveSummary objective) {
			return new CoverageObjectiveResponse(objective.id(), objective.title(), objective.owner().teamId(),
					objective.owner().personId(), objective.draft(), objective.progress());
		}
	}

	/** A request waiting more than seven days; {@code waitingOnTeamId} is the team with the turn. */
	record WaitingRequestResponse(long id, long askingTeamId, long askedTeamId, long waitingOnTeamId, String title,
			Instant waitingSince, long daysWaiting) {

		static WaitingRequestResponse of(WaitingRequest waiting) {
			var request = waiting.request();
			return new WaitingRequestResponse(request.id(), request.askingTeamId(), request.askedTeamId(),
					request.teamOf(request.state().turn()), request.proposal().title(), request.waitingSince(),
					waiting.daysWaiting());
		}
	}

	/** One team's figures in the organisation's coverage. */
	record TeamCoverageResponse(long teamId, int objectives, int alignedUpward, BigDecimal alignedUpwardShare, int unsupported,
			int supportingNothing, int waitingRequests) {
	}

	static AlignmentCoverageResponse of(CoverageReport report, int limit) {
		Coverage coverage = report.coverage();
		return new AlignmentCoverageResponse(report.cycleId(), report.teamId(), coverage.objectives(),
				coverage.alignedUpward(), coverage.alignedUpwardShare(), coverage.unsupported().size(),
				coverage.supportingNothing().size(),
				coverage.unsupported().stream().limit(limit).map(CoverageObjectiveResponse::of).toList(),
				coverage.supportingNothing().stream().limit(limit).map(CoverageObjectiveResponse::of).toList(),
				coverage.waiting().stream().map(WaitingRequestResponse::of).toList(),
				report.teams().stream().map(line -> {
					Coverage team = line.coverage();
					return new TeamCoverageResponse(line.teamId(), team.objectives(), team.alignedUpward(), team.alignedUpwardShare(),
						team.unsupported().size(), team.supportingNothing().size(), team.waiting().size());
				}).toList());
	}
}
