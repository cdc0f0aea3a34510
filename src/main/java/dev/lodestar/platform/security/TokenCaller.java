package dev.lodestar.platform.security;

/**
 * The person behind an API token, which token it is, and what it may reach. An API call's authentication carries it
 * as its details, so that what a token did can name the token (a check-in from an integration does).
 */
public record TokenCaller(Caller caller, long tokenId, TokenScope scope) {
}
