package dev.lodestar.people;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Renames a team, moves it in the tree, or replaces its leads and members. */
public record TeamRevision(@NotBlank @Size(max = 200) String name, Long parentId,
		@Size(max = 1000) List<@NotNull Long> leadIds, @Size(max = 10000) List<@NotNull Long> memberIds,
		@NotNull Integer version) {
}
