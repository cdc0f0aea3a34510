package dev.lodestar.objectives;

/** What to look for among the objectives the caller may see; every part is optional. */
public record ObjectiveSearch(Long cycleId, String text, Long ownerTeamId, Long ownerPersonId) {
}
