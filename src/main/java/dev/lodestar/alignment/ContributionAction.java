package dev.lodestar.alignment;

/** One step in a contribution request's conversation. */
public enum ContributionAction {
	ASKED, COUNTERED, ACCEPTED, DECLINED, WITHDRAWN
}
