package dev.lodestar.objectives.web;

import java.util.UUID;

import dev.lodestar.objectives.NewComment;

/** The comment form as typed; {@code idempotencyKey} is made with the form, so a double click posts once. */
public record CommentForm(String text, String idempotencyKey) {

	static CommentForm empty() {
		return new CommentForm("", UUID.randomUUID().toString());
	}

	NewComment toCommand() {
		return new NewComment(text);
	}
}
