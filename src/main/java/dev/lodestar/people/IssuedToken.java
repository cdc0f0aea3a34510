package dev.lodestar.people;

import java.time.Instant;

/** A new token and its secret, shown this once: only its SHA-256 is stored. */
public record IssuedToken(long id, String token, Instant createdAt) {
}
