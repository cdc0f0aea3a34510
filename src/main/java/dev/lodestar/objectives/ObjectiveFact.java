package dev.lodestar.objectives;

/**
 * An objective as OKR health reads it: who owns it, who wrote it, its words and visibility. For the health module,
 * which folds them into signals and shows its evidence only through {@link ObjectiveSummaries}, with the reader's
 * permissions.
 */
public record ObjectiveFact(long id, Owner owner, String title, Visibility visibility, long createdBy, boolean draft) {
}
