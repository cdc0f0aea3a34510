package dev.lodestar.alignment;

/** The two teams of a contribution request: the one that asks, and the one asked to contribute. */
public enum ContributionSide {
	ASKING, ASKED;

	ContributionSide other() {
		return this == ASKING ? ASKED : ASKING;
	}
}
