package dev.lodestar.showcase;

import java.time.Instant;

/**
 * An objective nominated for the showcase, with why it is good and the theme it is browsed by; who nominated it,
 * and, once decided, who decided and (for a decline) why.
 */
public record ShowcaseEntry(long id, long objectiveId, String theme, String note, long nominatedBy, Instant nominatedAt,
		ShowcaseState state, Long decidedBy, Instant decidedAt, String reason, int version) {
}
