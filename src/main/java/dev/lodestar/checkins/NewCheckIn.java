package dev.lodestar.checkins;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Checks in on a key result: its {@code value} now (for a milestone: {@code done} instead), your confidence
 * 0–10 that it will be reached, and a note.
 */
public record NewCheckIn(@Digits(integer = 15, fraction = 4) BigDecimal value, Boolean done,
		@NotNull @Min(0) @Max(10) Integer confidence, @Size(max = 2000) String note) {
}
