package dev.lodestar.people;

import java.time.Instant;

/** A personal-access token as its owner sees it later: never the secret itself, which is shown once. */
public record ApiToken(long id, Instant createdAt, Instant revokedAt) {
}
