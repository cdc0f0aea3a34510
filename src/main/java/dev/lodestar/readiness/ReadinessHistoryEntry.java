package dev.lodestar.readiness;

/**
 * One of a team's checks in its history, so change over cycles shows. A score is null while the check has fewer
 * answers than a result needs.
 */
public record ReadinessHistoryEntry(long checkId, long cycleId, String cycleName, ReadinessCheckState state, int answerCount,
		Integer exploratoryWork, Integer authorisingManagers, Integer selfDrivenPeople) {
}
