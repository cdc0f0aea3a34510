package dev.lodestar.alignment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An answer to a contribution request, from the version last read. A counter carries the changed
 * {@code proposal}; a decline needs a {@code reason}; an acceptance and a withdrawal need neither.
 */
public record ContributionAnswer(@NotNull Integer version, @Valid Proposal proposal, @Size(max = 1000) String reason) {
}
