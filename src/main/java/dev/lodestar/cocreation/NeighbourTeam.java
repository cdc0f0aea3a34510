package dev.lodestar.cocreation;

/** A team beside or above the session's team: one its key results may ask to contribute. */
public record NeighbourTeam(long teamId, String name) {
}
