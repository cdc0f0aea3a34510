package dev.lodestar.showcase;

import java.time.Instant;

/**
 * A showcase entry with its objective as anyone sees it: the words, the cycle, the owner and the team it is browsed
 * under (the owner team, or the owner person's home team; none when they have none).
 */
public record ShowcaseExample(long entryId, long objectiveId, String title, String description, long cycleId,
		String cycleName, String ownerName, Long teamId, String teamName, String theme, String note, long nominatedBy,
		String nominatedByName, ShowcaseState state, Long decidedBy, String decidedByName, Instant decidedAt,
		String reason, int version) {
}
