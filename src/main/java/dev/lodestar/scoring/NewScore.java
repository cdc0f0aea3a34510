package dev.lodestar.scoring;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Scores a key result: 0.0–1.0 in steps of 0.1, a short reason, optionally a weight in its objective (1 when
 * left out), and the {@code version} of the score it replaces — 0 for the first.
 */
public record NewScore(BigDecimal score, @NotBlank @Size(max = 500) String reason,
		@DecimalMin("0.1") @DecimalMax("10") @Digits(integer = 2, fraction = 1) BigDecimal weight,
		@NotNull @Min(0) Integer version) {
}
