package dev.lodestar.showcase;

/**
 * What the showcase is narrowed to; each part optional. {@code teamId} matches an objective its team owns, or one
 * whose owner person has that team as their home team.
 */
public record ShowcaseFilter(String theme, Long cycleId, Long teamId) {

	public static ShowcaseFilter none() {
		return new ShowcaseFilter(null, null, null);
	}

	boolean admits(ShowcaseExample example) {
		return (theme == null || theme.isBlank() || theme.strip().equalsIgnoreCase(example.theme()))
				&& (cycleId == null || cycleId == example.cycleId())
				&& (teamId == null || teamId.equals(example.teamId()));
	}
}
