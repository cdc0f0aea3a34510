package dev.lodestar.cocreation;

/** An objective or key result proposed in a team's session, as OKR health reads it: who proposed what, and where. */
public record ProposalFact(long itemId, long sessionId, String text, long proposedBy) {
}
