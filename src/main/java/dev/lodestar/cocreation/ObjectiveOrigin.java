package dev.lodestar.cocreation;

import java.time.Instant;

/**
 * That an objective came out of a co-creation session, and who proposed it: autonomy, shown on the objective and
 * counted by OKR health.
 */
public record ObjectiveOrigin(long objectiveId, long sessionId, long teamId, long proposedBy, String proposerName,
		Instant finishedAt) {
}
