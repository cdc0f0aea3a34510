package dev.lodestar.objectives;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Sets an objective for one owner, a team or a person, in a cycle. Visibility is {@code PUBLIC} unless
 * said otherwise; viewers only matter for a {@code PRIVATE} objective.
 */
public record NewObjective(@NotNull Long cycleId, @NotBlank @Size(max = 200) String title,
		@Size(max = 4000) String description, Long ownerTeamId, Long ownerPersonId, Visibility visibility,
		@Size(max = 200) List<@NotNull Long> viewerIds) {
}
