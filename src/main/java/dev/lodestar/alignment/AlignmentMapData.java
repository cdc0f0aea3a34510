package dev.lodestar.alignment;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A picture of alignment: a whole cycle, one team's neighbourhood, or one objective's surroundings to merge
 * into a picture already shown.
 *
 * @param objectives how many objective boxes the picture has
 * @param hiddenObjectives how many of them the reader may not see: counted, never described
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlignmentMapData(long cycleId, Long focusTeamId, Long aroundObjectiveId, int objectives,
		int hiddenObjectives, List<MapNode> nodes, List<MapEdge> edges) {

	public AlignmentMapData {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}
}
