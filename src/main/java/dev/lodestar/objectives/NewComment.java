package dev.lodestar.objectives;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Adds a comment to an objective's thread. */
public record NewComment(@NotBlank @Size(max = 2000) String text) {
}
