package dev.lodestar.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.security.TokenScope;
import dev.lodestar.platform.validation.InputValidator;

/**
 * Issues, lists and revokes personal-access tokens. A token is 32 random bytes; the database keeps only its
 * SHA-256, so a leaked database does not leak working tokens.
 */
@Service
public class ApiTokenManagement {

	private final ApiTokenRepository tokens;

	private final Callers callers;

	private final InputValidator validator;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokenManagement(ApiTokenRepository tokens, Callers callers, InputValidator validator, Clock clock) {
		this.tokens = tokens;
		this.callers = callers;
		this.validator = validator;
		this.clock = clock;
	}

	/** Signs in with e-mail and password and issues a token for the API. */
	@Transactional
	public IssuedToken issue(TokenRequest request) {
		validator.check(request);
		Caller caller = callers.byPassword(request.email(), request.password())
			.orElseThrow(() -> new RuleViolationException(HttpStatus.UNAUTHORIZED, "bad-credentials",
					"problem.bad-credentials.detail", List.of()));
		return issue(caller, request.scope());
	}

	/** Issues another token to someone already signed in, e.g. on their tokens page. */
	@Transactional
	public IssuedToken issue(Caller caller, TokenScope scope) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = Callers.TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		long id = tokens.insert(caller.personId(), Callers.sha256(token), scope, now);
		return new IssuedToken(id, token, scope, now);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> tokensOf(Caller caller) {
		return tokens.ofPerson(caller.personId());
	}

	/** Revoking twice is fine; another person's token is not found. */
	@Transactional
	public void revoke(Caller caller, long id) {
		if (!tokens.revoke(id, caller.personId(), clock.instant()) && !tokens.exists(id, caller.personId())) {
			throw new NotFoundException("token", id);
		}
	}
}
