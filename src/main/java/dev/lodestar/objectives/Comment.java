package dev.lodestar.objectives;

import java.time.Instant;

/** A remark under an objective, by someone who may see it. Never edited: a correction is another comment. */
public record Comment(long id, long objectiveId, long authorId, String text, Instant postedAt) {
}
