package dev.lodestar.checkins;

import dev.lodestar.platform.security.TokenScope;

/**
 * Where a check-in came from: the web pages, the API with a personal token, an integration's token (scope
 * CHECKINS_WRITE), or the key result's scheduled pull. A check-in through a token names the token as well.
 */
public enum CheckInSource {

	WEB, API, INTEGRATION, PULL;

	/** A token that may only post check-ins is held by another system, not by its owner at a keyboard. */
	public static CheckInSource ofToken(TokenScope scope) {
		return scope == TokenScope.CHECKINS_WRITE ? INTEGRATION : API;
	}
}
