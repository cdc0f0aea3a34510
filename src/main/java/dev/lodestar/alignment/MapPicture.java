package dev.lodestar.alignment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lodestar.objectives.ObjectiveSummary;
import dev.lodestar.people.TeamPlace;
import dev.lodestar.platform.jdbc.SqlValues;

/**
 * Draws what was read into the boxes and lines of an alignment map, in one pass and without queries: the same
 * drawing for a whole cycle, a neighbourhood and an expansion.
 *
 * @param objectives every objective read, hidden ones included: those drawn, and those only needed for a roll-up
 * @param drawn the objectives to draw
 * @param links every link read; those between two drawn objectives are drawn, the others only count for roll-ups
 *        and for whether an objective has more to show
 * @param keyResultTitles the key results the reader may see, by id
 */
record MapPicture(long cycleId, Collection<TeamPlace> teams, Map<Long, String> personNames, Map<Long, Long> homeTeams,
		Map<Long, ObjectiveSummary> objectives, Set<Long> drawn, Collection<AlignmentLink> links,
		Collection<Requested> requests, Map<Long, String> keyResultTitles) {

	AlignmentMapData draw(Long focusTeamId, Long aroundObjectiveId) {
		List<MapNode> nodes = new ArrayList<>(teams.size() + personNames.size() + drawn.size());
		Set<String> teamKeys = new HashSet<>();
		for (TeamPlace team : teams) {
			nodes.add(MapNode.team(team.id(), team.name(), team.parentId()));
			teamKeys.add(MapNode.teamKey(team.id()));
		}
		personNames.forEach((id, name) -> nodes.add(MapNode.person(id, name, homeTeams.get(id))));
		Map<Long, List<AlignmentLink>> rollingUp = new HashMap<>();
		Set<Long> withMore = new HashSet<>();
		List<MapEdge> edges = new ArrayList<>();
		for (AlignmentLink link : links) {
			boolean child = drawn.contains(link.childObjectiveId());
			boolean parent = drawn.contains(link.parentObjectiveId());
			if (link.rollUp()) {
				rollingUp.computeIfAbsent(link.parentObjectiveId(), id -> new ArrayList<>()).add(link);
			}
			if (child && parent) {
				edges.add(edgeOf(link));
			}
			else if (child) {
				withMore.add(link.childObjectiveId());
			}
			else if (parent) {
				withMore.add(link.parentObjectiveId());
			}
		}
		for (Requested request : requests) {
			String asked = MapNode.teamKey(request.askedTeamId());
			if (teamKeys.contains(asked) && drawn.contains(request.servedObjectiveId())) {
				edges.add(new MapEdge(MapEdgeKind.REQUESTED, asked, MapNode.objectiveKey(request.servedObjectiveId()),
						request.keyResultId(), keyResultTitles.get(request.keyResultId()), null, request.requestId()));
			}
		}
		int count = 0;
		int hidden = 0;
		for (Long id : drawn) {
			ObjectiveSummary objective = objectives.get(id);
			if (objective == null) {
				continue;
			}
			count++;
			if (!objective.visible()) {
				hidden++;
			}
			nodes.add(nodeOf(objective, rollingUp.getOrDefault(id, List.of()), withMore.contains(id)));
		}
		return new AlignmentMapData(cycleId, focusTeamId, aroundObjectiveId, count, hidden, nodes, edges);
	}

	private MapEdge edgeOf(AlignmentLink link) {
		Long keyResult = link.parentKeyResultId() != null && keyResultTitles.containsKey(link.parentKeyResultId())
				? link.parentKeyResultId() : null;
		return new MapEdge(link.fromContributionRequest() ? MapEdgeKind.CONTRIBUTION : MapEdgeKind.SUPPORTS,
				MapNode.objectiveKey(link.childObjectiveId()), MapNode.objectiveKey(link.parentObjectiveId()), keyResult,
				keyResult == null ? null : keyResultTitles.get(keyResult), link.rollUp() ? Boolean.TRUE : null,
				link.contributionRequestId());
	}

	private MapNode nodeOf(ObjectiveSummary objective, List<AlignmentLink> rollingUp, boolean more) {
		String owner = objective.owner().isTeam() ? MapNode.teamKey(objective.owner().teamId())
				: MapNode.personKey(objective.owner().personId());
		String key = MapNode.objectiveKey(objective.id());
		if (!objective.visible()) {
			return new MapNode(key, MapNodeKind.OBJECTIVE, null, owner, null, false, null, null, null, null, null, null);
		}
		return new MapNode(key, MapNodeKind.OBJECTIVE, objective.id(), owner, null, true, objective.title(),
				objective.draft() ? Boolean.TRUE : null, objective.progress(), rolledUp(rollingUp),
				objective.cycleId() != cycleId ? Boolean.TRUE : null, more ? Boolean.TRUE : null);
	}

	/** The same mean as the objective's own alignment shows: supporters the reader may see, with progress. */
	private BigDecimal rolledUp(List<AlignmentLink> rollingUp) {
		BigDecimal sum = BigDecimal.ZERO;
		int count = 0;
		for (AlignmentLink link : rollingUp) {
			ObjectiveSummary child = objectives.get(link.childObjectiveId());
			if (child != null && child.visible() && child.progress() != null) {
				sum = sum.add(child.progress());
				count++;
			}
		}
		return count == 0 ? null : SqlValues.plain(sum.divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP));
	}
}
