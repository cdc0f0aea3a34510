package dev.lodestar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LargeOrganisationTests {

	private final LargeOrganisation org = new LargeOrganisation(1.0);

	@Test
	void atScaleOneItHasTheIssuesTeamsObjectivesAndLinks() {
		assertThat(org.teams).isEqualTo(2000);
		assertThat(org.objectives).hasSize(10_000);
		assertThat(org.links).hasSize(12_000);
		assertThat(org.asks).hasSize(300);
		assertThat(org.keyResults).isBetween(10_000, 30_000);
		assertThat(org.teamsByDepth()).hasSize(4);
	}

	@Test
	void everyLinkGoesToATeamOfLowerRankSoTheLinksFormADag() {
		for (LargeOrganisation.Link link : org.links) {
			int child = org.objectives.get(link.child()).team();
			int parent = org.objectives.get(link.parent()).team();
			boolean up = org.depth[parent] < org.depth[child];
			boolean sideways = org.depth[parent] == org.depth[child] && parent < child;
			boolean ownTeam = org.objectives.get(link.child()).personal() && parent == child;
			assertThat(up || sideways || ownTeam).as(link.toString()).isTrue();
			if (link.keyResult() >= 0) {
				assertThat(link.keyResult()).isLessThan(org.objectives.get(link.parent()).keyResults());
			}
		}
	}

	@Test
	void noObjectiveIsLinkedTwiceToTheSameParent() {
		Set<String> pairs = new HashSet<>();
		for (LargeOrganisation.Link link : org.links) {
			assertThat(pairs.add(link.child() + ">" + link.parent())).as(link.toString()).isTrue();
		}
	}

	@Test
	void aboutOneObjectiveInTwentyIsPrivateAndNoTeamIsPrivateThroughout() {
		assertThat(org.privateObjectives()).isBetween(450L, 550L);
		for (int t = 0; t < org.teams; t++) {
			assertThat(org.teamObjectives.get(t).stream().anyMatch(o -> !org.objectives.get(o).isPrivate())).as("team " + t).isTrue();
		}
	}

	@Test
	void noTeamIsAskedTwiceAndEveryRequestServesAPublicObjectiveOfTheParentTeam() {
		Set<Integer> asked = new HashSet<>();
		for (LargeOrganisation.Ask ask : org.asks) {
			assertThat(asked.add(ask.asked())).isTrue();
			assertThat(org.parent[ask.asked()]).isEqualTo(ask.asking());
			assertThat(org.objectives.get(ask.serves()).isPrivate()).isFalse();
		}
	}

	@Test
	void aSmallScaleKeepsTheShape() {
		LargeOrganisation small = new LargeOrganisation(0.1);
		assertThat(small.teams).isEqualTo(200);
		assertThat(small.objectives).hasSize(1000);
		assertThat(small.links).hasSize(1200);
		assertThat(small.teamsByDepth()).hasSize(4);
	}
}
