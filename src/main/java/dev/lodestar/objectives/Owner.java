package dev.lodestar.objectives;

import dev.lodestar.platform.security.Caller;

/** Who owns an objective: exactly one team or one person. */
public record Owner(Long teamId, Long personId) {

	public static Owner team(long teamId) {
		return new Owner(teamId, null);
	}

	public static Owner person(long personId) {
		return new Owner(null, personId);
	}

	public boolean isTeam() {
		return teamId != null;
	}

	/** The owner person, or a member or lead of the owner team; or an admin, who may change anything. */
	public boolean includes(Caller caller) {
		return caller.admin() || (isTeam() ? caller.belongsTo(teamId) : personId == caller.personId());
	}
}
