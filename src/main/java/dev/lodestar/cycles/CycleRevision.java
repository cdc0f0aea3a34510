package dev.lodestar.cycles;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record CycleRevision(@NotBlank @Size(max = 100) String name, @NotNull LocalDate startsOn,
		@NotNull LocalDate endsOn, @NotNull CycleState state, @NotNull Integer version) {
}
