package dev.lodestar.alignment;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A line in the alignment map, from {@code source} to {@code target} (node keys): from the supporting objective to
 * the one it supports, or from the asked team to the objective it is asked to serve.
 *
 * @param keyResultId the key result of the target that the link or request names, if the reader may see it
 * @param rollUp true when the target shows the mean progress of its supporters over this link
 * @param requestId the contribution request the line comes from, if any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MapEdge(MapEdgeKind kind, String source, String target, Long keyResultId, String keyResultTitle,
		Boolean rollUp, Long requestId) {
}
