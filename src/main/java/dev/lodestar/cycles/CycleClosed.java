package dev.lodestar.cycles;

import java.time.Instant;

/**
 * A cycle closed: its objectives are history now. Published however it closed (the close action or the admin's
 * cycle form), so later modules can rely on hearing it once per closing. The history records the state change
 * through {@link CycleChanged}.
 */
public record CycleClosed(long cycleId, long actorId, Instant at) {
}
