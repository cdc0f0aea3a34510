package dev.lodestar.objectives.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.lodestar.objectives.Comment;

/** One comment as the thread shows it: the text with its author's name and when it was posted. */
public record CommentLine(long id, String authorName, String text, Instant postedAt) {

	static List<CommentLine> of(List<Comment> comments, Map<Long, String> names) {
		return comments.stream()
			.map(comment -> new CommentLine(comment.id(), names.get(comment.authorId()), comment.text(), comment.postedAt()))
			.toList();
	}
}
