package dev.lodestar.scoring;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Reveals or closes a review as the lead last saw it: {@code version} catches a lead acting on an old board. */
public record ReviewTransition(@NotNull @Min(1) Integer version) {
}
