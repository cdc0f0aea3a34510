package dev.lodestar.people;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Forms a team under {@code parentId} (none: a top-level team). Someone in both lists is a lead. */
public record NewTeam(@NotBlank @Size(max = 200) String name, Long parentId,
		@Size(max = 1000) List<@NotNull Long> leadIds, @Size(max = 10000) List<@NotNull Long> memberIds) {
}
