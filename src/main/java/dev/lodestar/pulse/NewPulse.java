package dev.lodestar.pulse;

import jakarta.validation.constraints.NotNull;

/** An admin opens the pulse of a cycle. */
public record NewPulse(@NotNull Long cycleId) {
}
