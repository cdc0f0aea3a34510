package dev.lodestar.scoring;

/**
 * Revealed feedback with its author's name, as everyone on the team reads it after the reveal.
 *
 * @param onEarlierScore whether the owner revised the score since, so the feedback judged an earlier one
 */
public record ReviewFeedbackLine(ScoreFeedback feedback, String authorName, boolean onEarlierScore) {
}
