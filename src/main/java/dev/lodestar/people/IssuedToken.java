package dev.lodestar.people;

import java.time.Instant;

import dev.lodestar.platform.security.TokenScope;

/** A new token and its secret, shown this once: only its SHA-256 is stored. */
public record IssuedToken(long id, String token, TokenScope scope, Instant createdAt) {
}
