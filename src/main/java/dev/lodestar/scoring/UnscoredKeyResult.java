package dev.lodestar.scoring;

/**
 * A key result still waiting for its final score, with where to give it.
 *
 * @param current its latest score, a forecast, or null when it was never scored
 */
public record UnscoredKeyResult(long keyResultId, String title, long objectiveId, String objectiveTitle, Score current) {
}
