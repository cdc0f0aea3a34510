package dev.lodestar.alignment;

import dev.lodestar.objectives.ObjectiveSummary;

/** The objective at the other end of a link, as the reader may see it, and the key result the link names, if any. */
public record AlignedObjective(AlignmentLink link, ObjectiveSummary objective, String keyResultTitle) {
}
