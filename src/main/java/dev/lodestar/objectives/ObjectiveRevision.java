package dev.lodestar.objectives;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Rewords an objective or changes who sees it; {@code version} is the one the caller read. */
public record ObjectiveRevision(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
		@NotNull Visibility visibility, @Size(max = 200) List<@NotNull Long> viewerIds, @NotNull Integer version) {
}
