package dev.lodestar.cocreation;

import jakarta.validation.constraints.NotNull;

/** Moves a session on (start voting, reveal, finish) as of the version the facilitator saw. */
public record SessionTransition(@NotNull Integer version) {
}
