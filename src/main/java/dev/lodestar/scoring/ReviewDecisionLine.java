package dev.lodestar.scoring;

/** A recorded decision with its author's name and the title of the key result it is about, if any. */
public record ReviewDecisionLine(ReviewDecision decision, String authorName, String keyResultTitle) {
}
