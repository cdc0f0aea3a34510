package dev.lodestar.readiness;

/**
 * Where a team stands on one condition.
 *
 * @param score 0 (everyone strongly disagrees it holds) to 100 (everyone strongly agrees)
 * @param advice what the method advises for this stand, in the reader's language
 */
public record ConditionResult(ReadinessCondition condition, String name, int score, ReadinessStand stand, String advice) {
}
