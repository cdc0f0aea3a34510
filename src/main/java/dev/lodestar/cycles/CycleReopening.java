package dev.lodestar.cycles;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Reopens a closed cycle; the reason is kept in its history, since a reopen rewrites what was history. */
public record CycleReopening(@NotBlank @Size(max = 500) String reason, @NotNull Integer version) {
}
