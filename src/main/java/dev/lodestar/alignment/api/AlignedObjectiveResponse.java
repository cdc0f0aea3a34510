package dev.lodestar.alignment.api;

import java.math.BigDecimal;

import dev.lodestar.alignment.AlignedObjective;

/**
 * The objective at the other end of a link. {@code keyResultId} names the parent's key result the link supports,
 * if any; {@code contribution} marks a link agreed in a contribution request between two teams.
 */
record AlignedObjectiveResponse(long linkId, int linkVersion, boolean rollUp, boolean contribution, long objectiveId,
		long cycleId, Long ownerTeamId, Long ownerPersonId, String title, boolean draft, BigDecimal progress,
		Long keyResultId, String keyResultTitle) {

	static AlignedObjectiveResponse of(AlignedObjective aligned) {
		var link = aligned.link();
		var objective = aligned.objective();
		return new AlignedObjectiveResponse(link.id(), link.version(), link.rollUp(), link.fromContributionRequest(), objective.id(),
				objective.cycleId(), objective.owner().teamId(), objective.owner().personId(), objective.title(),
				objective.draft(), objective.progress(), link.parentKeyResultId(), aligned.keyResultTitle());
	}
}
