package dev.lodestar.appraisal;

import jakarta.validation.constraints.NotNull;

/** Closes an appraisal period; {@code version} is the one the caller read. */
public record PeriodClosing(@NotNull Integer version) {
}
