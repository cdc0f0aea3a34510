package dev.lodestar.alignment;

/**
 * An open contribution request as the map draws it: the asked team, and the objective whose key result it serves.
 *
 * @param intoObjectiveId the asked team's objective that a proposed key result would join, if any
 */
record Requested(long requestId, long askingTeamId, long askedTeamId, long servedObjectiveId, long keyResultId,
		Long intoObjectiveId) {
}
