package dev.lodestar.alignment;

import jakarta.validation.constraints.NotNull;

/** Turns a link's roll-up on or off, from the version last read. */
public record AlignmentLinkRevision(@NotNull Boolean rollUp, @NotNull Integer version) {
}
