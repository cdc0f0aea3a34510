package dev.lodestar.people.web;

import java.util.List;
import java.util.UUID;

import dev.lodestar.people.NewTeam;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamRevision;

/**
 * The team form as typed: leads and members arrive as the ids of the people chosen. {@code idempotencyKey} is made
 * when the form is shown, so a double-clicked submit forms one team.
 */
public record TeamForm(String name, Long parentId, List<Long> leadIds, List<Long> memberIds, Integer version,
		String idempotencyKey) {

	public TeamForm {
		leadIds = leadIds == null ? List.of() : List.copyOf(leadIds);
		memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
	}

	static TeamForm under(Long parentId) {
		return new TeamForm("", parentId, List.of(), List.of(), null, UUID.randomUUID().toString());
	}

	static TeamForm of(Team team) {
		return new TeamForm(team.name(), team.parentId(), team.leadIds(), team.memberIds(), team.version(), null);
	}

	NewTeam toNewTeam() {
		return new NewTeam(name, parentId, leadIds, memberIds);
	}

	TeamRevision toRevision() {
		return new TeamRevision(name, parentId, leadIds, memberIds, version);
	}
}
