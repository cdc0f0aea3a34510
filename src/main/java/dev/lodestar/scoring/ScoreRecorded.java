package dev.lodestar.scoring;

import java.time.Instant;

/**
 * A key result was scored. It carries no score: modules that listen (reminders, health) learn that and when a
 * score was given and whether it was final, never its value — the firewall holds for events too.
 */
public record ScoreRecorded(long scoreId, long keyResultId, long objectiveId, long cycleId, long authorId,
		boolean finalScore, Instant at) {
}
