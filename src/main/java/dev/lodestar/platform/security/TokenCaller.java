package dev.lodestar.platform.security;

/** The person behind an API token, and what the token may reach. */
public record TokenCaller(Caller caller, TokenScope scope) {
}
