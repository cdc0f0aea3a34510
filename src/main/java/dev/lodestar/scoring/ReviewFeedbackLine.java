package dev.lodestar.scoring;

/** Revealed feedback with its author's name, as everyone on the team reads it after the reveal. */
public record ReviewFeedbackLine(ScoreFeedback feedback, String authorName) {
}
