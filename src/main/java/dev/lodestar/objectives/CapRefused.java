package dev.lodestar.objectives;

import java.time.Instant;

/**
 * The caps refused an attempt: a further objective for {@code owner} in the cycle, or a further key result for
 * {@code objectiveId}. Published once the refused request has rolled back and the attempt is recorded.
 */
public record CapRefused(long cycleId, Owner owner, Long objectiveId, CapRefusal.Kind kind, long actorId, Instant at) {
}
