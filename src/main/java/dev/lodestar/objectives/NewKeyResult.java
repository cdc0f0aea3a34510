package dev.lodestar.objectives;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Adds a key result. {@code INCREASE} and {@code DECREASE} need a start and a target in a unit;
 * {@code PERCENTAGE} a target within 0–100 (start 0 unless said); a {@code MILESTONE} neither.
 */
public record NewKeyResult(@NotBlank @Size(max = 200) String title, @NotNull KeyResultKind kind,
		@Digits(integer = 15, fraction = 4) BigDecimal start, @Digits(integer = 15, fraction = 4) BigDecimal target,
		@Size(max = 30) String unit, @NotNull Long ownerPersonId) {
}
