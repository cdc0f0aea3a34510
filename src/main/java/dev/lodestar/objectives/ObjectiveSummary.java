package dev.lodestar.objectives;

import java.math.BigDecimal;

/**
 * An objective as other modules place it in a picture or a count, without its key results. One the reader may
 * not see is there ({@code visible} false) but carries no words and no progress: it may be counted, never
 * described.
 *
 * @param progress the mean progress of its key results, 0–100; null while it has none, or when hidden
 */
public record ObjectiveSummary(long id, long cycleId, Owner owner, boolean visible, String title, boolean draft,
		BigDecimal progress) {
}
