package dev.lodestar.readiness;

/** Opening a team's readiness check in a cycle. */
public record NewReadinessCheck(Long cycleId) {
}
