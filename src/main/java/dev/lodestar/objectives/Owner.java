package dev.lodestar.objectives;

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
}
