package dev.lodestar.platform.security;

import java.util.Optional;

/** Turns a bearer token into the caller it belongs to; implemented by the module that issues tokens. */
public interface TokenVerifier {

	Optional<Caller> verify(String token);
}
