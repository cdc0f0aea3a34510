package dev.lodestar.alignment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.lodestar.objectives.ObjectiveSummary;
import dev.lodestar.objectives.Owner;
import dev.lodestar.people.TeamPlace;

import static org.assertj.core.api.Assertions.assertThat;

class MapPictureTests {

	private static AlignmentLink link(long id, long child, long parent, boolean rollUp, Long request) {
		return new AlignmentLink(id, child, parent, null, rollUp, request, 1, 0, Instant.EPOCH);
	}

	private static ObjectiveSummary objective(long id, long team, boolean visible, String progress) {
		return new ObjectiveSummary(id, 1, Owner.team(team), visible, visible ? "Objective " + id : null, false,
				progress == null ? null : new BigDecimal(progress));
	}

	@Test
	void stepsUpAndDownFollowVerticalLinksOnlyAndSidewaysOnlyContributions() {
		var links = List.of(link(1, 2, 1, false, null), link(2, 3, 2, false, null), link(3, 4, 2, false, 9L));

		assertThat(Hops.up(Set.of(2L), links)).containsExactly(1L);
		assertThat(Hops.down(Set.of(2L), links)).containsExactly(3L);
		assertThat(Hops.sideways(Set.of(2L), links)).containsExactly(4L);
		assertThat(Hops.around(Set.of(2L), links)).containsExactlyInAnyOrder(1L, 3L, 4L);
	}

	@Test
	void drawsLinksBetweenDrawnObjectivesAndMarksThoseWithMoreToShow() {
		var links = List.of(link(1, 2, 1, false, null), link(2, 3, 2, false, null), link(3, 4, 2, false, 9L));
		var objectives = Map.of(1L, objective(1, 10, true, "10"), 2L, objective(2, 10, true, "20"), 3L,
				objective(3, 10, true, null), 4L, objective(4, 10, true, null));

		var data = new MapPicture(1, List.of(new TeamPlace(10, "Team", null)), Map.of(), Map.of(), objectives,
				Set.of(1L, 2L, 4L), links, List.of(), Map.of()).draw(10L, null);

		assertThat(data.edges()).extracting(MapEdge::kind, MapEdge::source, MapEdge::target)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(MapEdgeKind.SUPPORTS, "o2", "o1"),
					org.assertj.core.groups.Tuple.tuple(MapEdgeKind.CONTRIBUTION, "o4", "o2"));
		assertThat(data.nodes()).filteredOn(node -> "o2".equals(node.key())).extracting(MapNode::more).containsExactly(true);
		assertThat(data.nodes()).filteredOn(node -> "o1".equals(node.key())).extracting(MapNode::more).containsOnlyNulls();
		assertThat(data.objectives()).isEqualTo(3);
	}

	@Test
	void rollsUpOnlyVisibleSupportersAndNeverDescribesAHiddenObjective() {
		var links = List.of(link(1, 2, 1, true, null), link(2, 3, 1, true, null), link(3, 4, 1, true, null));
		var objectives = Map.of(1L, objective(1, 10, true, null), 2L, objective(2, 10, true, "20"), 3L,
				objective(3, 10, true, "45"), 4L, objective(4, 10, false, null));

		var data = new MapPicture(1, List.of(), Map.of(), Map.of(), objectives, Set.of(1L, 2L, 3L, 4L), links, List.of(),
				Map.of()).draw(null, null);

		assertThat(data.nodes()).filteredOn(node -> "o1".equals(node.key())).extracting(MapNode::rolledUpProgress)
			.containsExactly(new BigDecimal("32.5"));
		MapNode hidden = data.nodes().stream().filter(node -> "o4".equals(node.key())).findFirst().orElseThrow();
		assertThat(hidden).isEqualTo(new MapNode("o4", MapNodeKind.OBJECTIVE, null, "t10", null, false, null, null, null,
				null, null, null));
		assertThat(data.hiddenObjectives()).isEqualTo(1);
	}
}
