package dev.lodestar.objectives;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Changes a key result, or moves it to another objective of the same cycle ({@code objectiveId}, optional).
 * Its kind stays: measuring differently is a new key result, so the history of check-ins keeps its meaning.
 */
public record KeyResultRevision(@NotBlank @Size(max = 200) String title, @NotNull KeyResultKind kind,
		@Digits(integer = 15, fraction = 4) BigDecimal start, @Digits(integer = 15, fraction = 4) BigDecimal target,
		@Size(max = 30) String unit, @NotNull Long ownerPersonId, Long objectiveId, @NotNull Integer version) {
}
