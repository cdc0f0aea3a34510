package dev.lodestar.alignment.web;

import java.util.List;

import dev.lodestar.alignment.AlignmentMapData;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.platform.web.Shell;

/**
 * The alignment map of a cycle: the whole cycle, or one team's neighbourhood, with the pickers that choose it.
 *
 * @param map what the map draws first; null when there is no cycle
 * @param mapJson the same as JSON, for the page's script
 * @param labels the script's words in the reader's language, as JSON
 */
public record AlignmentMapPage(Shell shell, Cycle cycle, List<Cycle> cycles, List<TeamOption> teams, Long teamId,
		boolean chosenForSize, AlignmentMapData map, String mapJson, String labels) {

	/** A team in the picker, indented by its depth in the tree. */
	public record TeamOption(long id, String label) {
	}

	public boolean wholeCycle() {
		return teamId == null;
	}
}
