package dev.lodestar.showcase;

/**
 * Where a draft came from: the example's entry and source objective, and — when the reader may see the source
 * objective ({@code sourceVisible}) — its title and its owner, person or team, to whom the credit goes.
 */
public record ShowcaseCredit(long entryId, long sourceObjectiveId, boolean sourceVisible, String sourceTitle,
		String sourceOwnerName) {
}
