package dev.lodestar.showcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Puts a public objective forward for the showcase: what it is an example of, and why it is good. */
public record NewNomination(@NotNull Long objectiveId, @NotBlank @Size(max = 40) String theme,
		@NotBlank @Size(max = 1000) String note) {
}
