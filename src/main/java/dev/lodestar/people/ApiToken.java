package dev.lodestar.people;

import java.time.Instant;

import dev.lodestar.platform.security.TokenScope;

/**
 * A personal-access token as its owner sees it later: never the secret itself, which is shown once.
 *
 * @param scope what the token may reach: OKR (everything but appraisal) or APPRAISAL (KPIs and appraisal only)
 */
public record ApiToken(long id, TokenScope scope, Instant createdAt, Instant revokedAt) {
}
