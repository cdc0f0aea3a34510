package dev.lodestar.cycles;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Plans a cycle; it starts in {@code PLANNING} unless said otherwise. */
public record NewCycle(@NotBlank @Size(max = 100) String name, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
		CycleState state) {
}
