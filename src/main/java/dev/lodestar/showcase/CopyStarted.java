package dev.lodestar.showcase;

/** The draft objective started from a showcase entry, in a cycle. */
public record CopyStarted(long objectiveId, long entryId, long cycleId) {
}
