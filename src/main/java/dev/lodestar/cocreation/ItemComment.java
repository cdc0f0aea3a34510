package dev.lodestar.cocreation;

import java.time.Instant;

public record ItemComment(long id, long itemId, long authorId, String authorName, String text, Instant createdAt) {

	ItemComment by(String name) {
		return new ItemComment(id, itemId, authorId, name, text, createdAt);
	}
}
