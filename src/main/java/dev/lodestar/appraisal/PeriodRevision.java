package dev.lodestar.appraisal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Renames or moves a period; {@code version} is the one the caller read. */
public record PeriodRevision(@NotBlank @Size(max = 100) String name, @NotNull LocalDate startsOn,
		@NotNull LocalDate endsOn, @NotNull Integer version) {
}
