package dev.lodestar.cocreation.web;

import java.util.UUID;

import dev.lodestar.cocreation.NewItemComment;

public record CommentForm(String text, String idempotencyKey) {

	static CommentForm blank() {
		return new CommentForm("", UUID.randomUUID().toString());
	}

	NewItemComment toCommand() {
		return new NewItemComment(text);
	}
}
