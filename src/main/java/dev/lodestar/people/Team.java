package dev.lodestar.people;

import java.util.List;

/** A team in the tree. Leads and members are disjoint: a lead is not listed again as a member. */
public record Team(long id, String name, Long parentId, List<Long> leadIds, List<Long> memberIds, int version) {

	public Team {
		leadIds = List.copyOf(leadIds);
		memberIds = List.copyOf(memberIds);
	}
}
