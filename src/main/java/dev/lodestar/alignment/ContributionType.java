package dev.lodestar.alignment;

/** What a contribution request proposes the asked team takes on: a whole objective, or a key result of one of its objectives. */
public enum ContributionType {
	OBJECTIVE, KEY_RESULT
}
