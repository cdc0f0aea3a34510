package dev.lodestar.people.web;

import java.util.ArrayList;
import java.util.List;

import dev.lodestar.people.TeamBranch;

/** A team a team may hang under, indented as deep as it sits in the tree. */
public record ParentOption(long id, String name, int depth) {

	/** Every team of the tree in reading order, parents before their sub-teams, except {@code excluded}. */
	static List<ParentOption> of(List<TeamBranch> tree, Long excluded) {
		List<ParentOption> options = new ArrayList<>();
		add(tree, 0, excluded, options);
		return options;
	}

	private static void add(List<TeamBranch> level, int depth, Long excluded, List<ParentOption> options) {
		for (TeamBranch team : level) {
			if (excluded == null || team.id() != excluded) {
				options.add(new ParentOption(team.id(), team.name(), depth));
			}
			add(team.children(), depth + 1, excluded, options);
		}
	}

	/** The name indented with em spaces: an option element can hold nothing but text. */
	public String label() {
		return "\u2003".repeat(depth) + name;
	}
}
