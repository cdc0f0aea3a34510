package dev.lodestar.objectives.web;

import java.util.List;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.platform.web.Shell;

/** "My OKRs": mine and my teams' in a cycle; {@code cycle} is absent while no cycle exists. */
public record HomePage(Shell shell, Cycle cycle, List<Cycle> cycles, OwnerSection mine, List<OwnerSection> teams) {
}
