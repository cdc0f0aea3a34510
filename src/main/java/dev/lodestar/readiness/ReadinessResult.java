package dev.lodestar.readiness;

import java.util.List;

/**
 * Where the team stands, shown once enough people answered that no one's answers can be read from it.
 *
 * @param stand the team's overall stand: its weakest condition's
 * @param summary that stand in a sentence, in the reader's language
 */
public record ReadinessResult(List<ConditionResult> conditions, ReadinessStand stand, String summary) {
}
