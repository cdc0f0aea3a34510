package dev.lodestar.people;

import java.time.Instant;

/** Someone in the organisation. {@code locale} is {@code en} or {@code zh-CN}. */
public record Person(long id, String name, String email, String locale, boolean admin, boolean active, int version,
		Instant createdAt, Instant updatedAt) {
}
