package dev.lodestar.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.lodestar.platform.security.TokenScope;

/** Signing in for a token; without a scope the token is an OKR one. */
public record TokenRequest(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 200) String password,
		TokenScope scope) {

	public TokenRequest {
		scope = scope == null ? TokenScope.OKR : scope;
	}

	public TokenRequest(String email, String password) {
		this(email, password, TokenScope.OKR);
	}
}
