package dev.lodestar.cycles.web;

import java.util.List;

import dev.lodestar.cycles.CycleState;
import dev.lodestar.platform.web.Shell;

/** Every cycle, newest first, with a search by name and a filter by state. */
public record AdminCyclesPage(Shell shell, CycleList list) {

	public List<CycleState> states() {
		return List.of(CycleState.values());
	}
}
