package dev.lodestar.alignment;

/** One team's line in the organisation's coverage. */
public record TeamCoverage(long teamId, Coverage coverage) {
}
