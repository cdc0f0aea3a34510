package dev.lodestar.objectives;

import jakarta.validation.constraints.NotNull;

/** Confirms a draft objective or key result, from the version last read. */
public record DraftConfirmation(@NotNull Integer version) {
}
