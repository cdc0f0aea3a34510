package dev.lodestar.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a large organisation for the alignment map, decided before anything is sent: a team tree four
 * levels deep (the company, departments, groups, teams), each team's objectives and key results, personal
 * objectives of some leads, and the alignment links between them. Everything is derived from the team count,
 * so two runs at one scale build the same organisation.
 *
 * <p>
 * The links form a DAG by construction: every link goes from a team's objective to one of a team of lower
 * rank, rank being (depth, index) — up the tree to the parent or grandparent team, or sideways to a sibling
 * team with a smaller index. A personal objective links to its lead's team. So no link can close a loop, and
 * none is refused for it.
 */
final class LargeOrganisation {

	/** At scale 1: the 2,000 teams, 10,000 objectives and 12,000 links. */
	static final int TEAMS = 2000;

	static final int LINKS_PER_TEAM = 6;

	static final int CONTRIBUTION_REQUESTS = 300;

	/** One objective in twenty is private (5 %). */
	static final int PRIVATE_EVERY = 20;

	/** One contribution request in three is accepted; the others stay open. */
	static final int ACCEPT_EVERY = 3;

	/** Objective {@code o}: owned by team {@code team}, or (personal) by that team's lead. */
	record Objective(int index, int team, boolean personal, int slot, boolean isPrivate, int keyResults) {
	}

	/** Child objective → parent objective, or its key result number {@code keyResult} (-1: the objective itself). */
	record Link(int child, int parent, int keyResult, String kind) {
	}

	/** Team {@code asking} asks team {@code asked} to contribute to key result 0 of objective {@code serves}. */
	record Ask(int asking, int asked, int serves, boolean accepted) {
	}

	final int teams;

	final int departments;

	final int groups;

	final int[] parent;

	final int[] depth;

	final List<Objective> objectives = new ArrayList<>();

	/** Team t's team objectives, by slot. */
	final List<List<Integer>> teamObjectives = new ArrayList<>();

	final List<Link> links = new ArrayList<>();

	final List<Ask> asks = new ArrayList<>();

	final int keyResults;

	/** Key result k of objective o gets a check-in when (o + k) is even: about half of them, so progress varies. */
	final int checkIns;

	LargeOrganisation(double scale) {
		teams = Math.max(8, (int) Math.round(TEAMS * scale));
		departments = Math.max(1, Math.round(teams / 100f));
		groups = Math.max(2, Math.round(teams / 5f));
		parent = new int[teams];
		depth = new int[teams];
		parent[0] = -1;
		for (int t = 1; t < teams; t++) {
			if (t <= departments) {
				parent[t] = 0;
			}
			else if (t <= departments + groups) {
				parent[t] = 1 + (t - departments - 1) % departments;
			}
			else {
				parent[t] = departments + 1 + (t - departments - groups - 1) % groups;
			}
			depth[t] = depth[parent[t]] + 1;
		}
		planObjectives();
		planLinks(Math.round(LINKS_PER_TEAM * teams));
		planAsks(Math.max(3, (int) Math.round(CONTRIBUTION_REQUESTS * scale)));
		keyResults = objectives.stream().mapToInt(Objective::keyResults).sum();
		int withCheckIn = 0;
		for (Objective objective : objectives) {
			for (int k = 0; k < objective.keyResults(); k++) {
				withCheckIn += (objective.index() + k) % 2 == 0 ? 1 : 0;
			}
		}
		checkIns = withCheckIn;
	}

	/**
	 * Team objectives go slot by slot (every team's first, then every team's second, ...), so that one team's
	 * objectives are thousands of requests apart and never compete for the same owner slot. Teams have four or
	 * five; the leads of every other team have one personal objective.
	 */
	private void planObjectives() {
		for (int t = 0; t < teams; t++) {
			teamObjectives.add(new ArrayList<>());
		}
		for (int slot = 0; slot < 5; slot++) {
			for (int t = 0; t < teams; t++) {
				if (slot < 4 + t % 2) {
					teamObjectives.get(t).add(add(t, false, slot));
				}
			}
		}
		for (int t = 0; t < teams; t += 2) {
			add(t, true, 0);
		}
	}

	private int add(int team, boolean personal, int slot) {
		int o = objectives.size();
		// one team in twenty per slot, a different twentieth for each slot, so that no team is private throughout
		boolean isPrivate = ((personal ? team / 2 : team) * 3 + slot * 7 + (personal ? 11 : 0)) % PRIVATE_EVERY == PRIVATE_EVERY - 1;
		objectives.add(new Objective(o, team, personal, slot, isPrivate, 1 + o % 3));
		return o;
	}

	private void planLinks(int target) {
		// up: every objective but the company's to its parent team's objective of the same slot, or a key result of it
		for (Objective objective : objectives) {
			if (objective.personal()) {
				int teamFirst = teamObjectives.get(objective.team()).get(0);
				links.add(new Link(objective.index(), teamFirst, objective.index() % 2 == 0 ? 0 : -1, "personal → own team"));
			}
			else if (objective.team() != 0) {
				List<Integer> above = teamObjectives.get(parent[objective.team()]);
				int target0 = above.get(objective.slot() % above.size());
				int keyResult = objective.index() % 5 < 3 ? objective.index() % objectives.get(target0).keyResults() : -1;
				links.add(new Link(objective.index(), target0, keyResult, "up to the parent team"));
			}
		}
		// sideways: a team's second objective to the first of its previous sibling (a smaller index, same parent)
		int[] lastChild = new int[teams];
		java.util.Arrays.fill(lastChild, -1);
		for (int t = 1; t < teams && links.size() < target; t++) {
			int sibling = lastChild[parent[t]];
			lastChild[parent[t]] = t;
			if (depth[t] >= 2 && sibling > 0) {
				links.add(new Link(teamObjectives.get(t).get(1), teamObjectives.get(sibling).get(0), -1, "sideways to a sibling"));
			}
		}
		// up two levels: a team's third, then fourth objective to its grandparent team's first, then second
		for (int slot = 2; slot < 4; slot++) {
			for (int t = 1; t < teams && links.size() < target; t++) {
				if (depth[t] >= 2) {
					List<Integer> grand = teamObjectives.get(parent[parent[t]]);
					links.add(new Link(teamObjectives.get(t).get(slot), grand.get(slot - 2), -1, "up to the grandparent team"));
				}
			}
		}
		// bottom-up, the deepest teams first, as an organisation aligns: the requests sent at one moment then seldom
		// have one's child objective as another's parent (see bench/README.md on the deadlock that causes)
		links.sort(java.util.Comparator.comparingInt((Link link) -> -depth[objectives.get(link.child()).team()]));
	}

	/**
	 * Each request goes from a team to one of its sub-teams, no sub-team asked twice, so that accepting (which
	 * adds a draft objective to the asked team) never races another acceptance for the same owner slot.
	 */
	private void planAsks(int count) {
		int step = Math.max(1, (teams - 1) / count);
		for (int i = 0, asked = 1; i < count && asked < teams; i++, asked += step) {
			int asking = parent[asked];
			int serves = firstPublic(asking);
			if (serves >= 0) {
				asks.add(new Ask(asking, asked, serves, i % ACCEPT_EVERY == 0));
			}
		}
	}

	private int firstPublic(int team) {
		for (int o : teamObjectives.get(team)) {
			if (!objectives.get(o).isPrivate()) {
				return o;
			}
		}
		return -1;
	}

	/** Teams at each depth, for a neighbourhood read that rotates over the levels. */
	List<List<Integer>> teamsByDepth() {
		List<List<Integer>> levels = new ArrayList<>();
		for (int t = 0; t < teams; t++) {
			while (levels.size() <= depth[t]) {
				levels.add(new ArrayList<>());
			}
			levels.get(depth[t]).add(t);
		}
		return levels;
	}

	/** A leaf team for the plain member who reads: the last team. */
	int readerTeam() {
		return teams - 1;
	}

	long privateObjectives() {
		return objectives.stream().filter(Objective::isPrivate).count();
	}

	long personalObjectives() {
		return objectives.stream().filter(Objective::personal).count();
	}

	String describe() {
		List<List<Integer>> levels = teamsByDepth();
		StringBuilder sizes = new StringBuilder();
		for (int d = 0; d < levels.size(); d++) {
			sizes.append(d == 0 ? "" : " + ").append("%,d".formatted(levels.get(d).size()));
		}
		long accepted = asks.stream().filter(Ask::accepted).count();
		return ("%,d teams (%s by depth), %,d leads and a reader, 1 active cycle, %,d objectives (%,d personal, %,d private), "
				+ "%,d key results, %,d check-ins, %,d alignment links (%,d to a key result), %,d contribution requests (%,d accepted)")
			.formatted(teams, sizes, teams, objectives.size(), personalObjectives(), privateObjectives(), keyResults, checkIns,
					links.size(), links.stream().filter(link -> link.keyResult() >= 0).count(), asks.size(), accepted);
	}
}
