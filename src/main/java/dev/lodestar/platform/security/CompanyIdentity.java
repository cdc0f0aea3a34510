package dev.lodestar.platform.security;

/**
 * Who the company's provider says signed in: their e-mail address (verified, or not marked unverified), their name
 * and their language as the provider knows them (either may be {@code null}).
 */
public record CompanyIdentity(String email, String name, String locale) {
}
