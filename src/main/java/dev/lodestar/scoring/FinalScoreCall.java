package dev.lodestar.scoring;

import java.time.Instant;

/** Owners were asked for final scores in a cycle: who asked and when. Scores recorded since are final. */
public record FinalScoreCall(long cycleId, long askedBy, Instant askedAt) {
}
