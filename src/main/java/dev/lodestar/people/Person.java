package dev.lodestar.people;

import java.time.Instant;

/**
 * Someone in the organisation. {@code locale} is {@code en} or {@code zh-CN}; {@code coach}: an OKR coach, named by
 * an admin.
 */
public record Person(long id, String name, String email, String locale, boolean admin, boolean coach, boolean active, int version,
		Instant createdAt, Instant updatedAt) {
}
