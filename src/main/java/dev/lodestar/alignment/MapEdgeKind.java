package dev.lodestar.alignment;

/**
 * How two boxes of the alignment map are connected: a child objective supports a parent (vertical), a team's
 * objective supports another team's as agreed in a contribution request (horizontal), or a team has been asked
 * for a contribution and not answered for good yet.
 */
public enum MapEdgeKind {
	SUPPORTS, CONTRIBUTION, REQUESTED
}
