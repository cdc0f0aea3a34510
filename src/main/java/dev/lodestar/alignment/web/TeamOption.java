package dev.lodestar.alignment.web;

import java.util.ArrayList;
import java.util.List;

import dev.lodestar.people.TeamBranch;

/** A team in the filter, indented by how deep it sits in the tree. */
public record TeamOption(long id, String name, int depth) {

	/** The tree flattened in its own order: each team followed by the teams under it. */
	static List<TeamOption> of(List<TeamBranch> tree) {
		List<TeamOption> options = new ArrayList<>();
		add(tree, 0, options);
		return options;
	}

	private static void add(List<TeamBranch> level, int depth, List<TeamOption> options) {
		for (TeamBranch branch : level) {
			options.add(new TeamOption(branch.id(), branch.name(), depth));
			add(branch.children(), depth + 1, options);
		}
	}

	/** The name behind a non-breaking indent, as a select can show no nesting of its own. */
	public String indented() {
		return "\u00a0\u00a0".repeat(depth) + name;
	}
}
