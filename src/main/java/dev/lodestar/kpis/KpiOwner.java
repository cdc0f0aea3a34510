package dev.lodestar.kpis;

/** Who owns a KPI: exactly one team or one person. */
public record KpiOwner(Long teamId, Long personId) {

	public static KpiOwner team(long teamId) {
		return new KpiOwner(teamId, null);
	}

	public static KpiOwner person(long personId) {
		return new KpiOwner(null, personId);
	}

	public boolean isTeam() {
		return teamId != null;
	}
}
