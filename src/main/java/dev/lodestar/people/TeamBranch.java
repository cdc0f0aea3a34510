package dev.lodestar.people;

import java.util.List;

/** A team in the tree with the teams under it, and how many leads and members it has. */
public record TeamBranch(long id, String name, Long parentId, int leads, int members, List<TeamBranch> children) {

	public TeamBranch {
		children = List.copyOf(children);
	}
}
