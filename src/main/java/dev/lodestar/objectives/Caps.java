package dev.lodestar.objectives;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How many objectives an owner may set per cycle and how many key results an objective may have: 5 and 4 by
 * default, because focus is the point of the method. An admin may change the numbers within these bounds.
 */
public record Caps(@NotNull @Min(1) @Max(10) Integer maxObjectivesPerOwner,
		@NotNull @Min(1) @Max(10) Integer maxKeyResultsPerObjective, @NotNull Integer version) {
}
