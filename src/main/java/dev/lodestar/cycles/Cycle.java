package dev.lodestar.cycles;

import java.time.LocalDate;

public record Cycle(long id, String name, LocalDate startsOn, LocalDate endsOn, CycleState state, int version) {
}
