package dev.lodestar.cocreation;

/**
 * An objective of a neighbouring team in the cycle: one it has ({@code draft} when not yet confirmed), or one proposed
 * in its own running session ({@code inSession}).
 */
public record NeighbourDraft(long teamId, String teamName, String title, boolean draft, boolean inSession) {
}
