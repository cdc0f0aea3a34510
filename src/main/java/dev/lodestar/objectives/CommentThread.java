package dev.lodestar.objectives;

import java.util.List;

/** A stretch of an objective's thread, oldest first, and whether earlier comments exist before it. */
public record CommentThread(List<Comment> comments, boolean earlierExist) {

	public CommentThread {
		comments = List.copyOf(comments);
	}

	/** The oldest comment shown: earlier ones are fetched from before it. */
	public Long oldestId() {
		return comments.isEmpty() ? null : comments.get(0).id();
	}
}
