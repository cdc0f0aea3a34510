package dev.lodestar.showcase;

/** Where a draft came from: the example's entry and objective, its title and who nominated it. */
public record ShowcaseCredit(long entryId, long sourceObjectiveId, String sourceTitle, String nominatedByName) {
}
