package dev.lodestar.alignment;

/**
 * Links an objective to what it supports: a parent objective, or a key result of one (then the objective is
 * implied). Roll-up is off unless asked for: the method favours autonomy over arithmetic.
 */
public record NewAlignmentLink(Long parentObjectiveId, Long parentKeyResultId, Boolean rollUp) {
}
