package dev.lodestar.alignment.web;

import java.math.BigDecimal;

/**
 * The objective at the other end of one link, as a line of the alignment section: what it is and whose, the key
 * result the link names (absent when it names none), and whether the reader may switch its roll-up or remove it.
 *
 * @param progress its own progress, absent while it has no key result
 */
public record AlignmentLine(long linkId, int linkVersion, boolean rollUp, long objectiveId, String title,
		String ownerName, boolean draft, String keyResultTitle, BigDecimal progress, boolean mayChange) {
}
