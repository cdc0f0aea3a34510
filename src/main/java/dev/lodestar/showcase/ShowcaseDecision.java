package dev.lodestar.showcase;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A coach accepts or declines a nomination of the version they read; a decline may say why. */
public record ShowcaseDecision(@NotNull Integer version, @Size(max = 500) String reason) {
}
