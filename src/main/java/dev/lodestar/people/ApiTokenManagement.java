package dev.lodestar.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.security.TokenVerifier;
import dev.lodestar.platform.validation.InputValidator;

/**
 * Issues, verifies and revokes personal-access tokens. A token is 32 random bytes; the database keeps
 * only its SHA-256, so a leaked database does not leak working tokens.
 */
@Service
public class ApiTokenManagement implements TokenVerifier {

	private static final String PREFIX = "lds_";

	private final ApiTokenRepository tokens;

	private final PersonRepository people;

	private final PasswordEncoder passwords;

	private final InputValidator validator;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/** Compared against when the e-mail is unknown, so a wrong e-mail costs the same time as a wrong password. */
	private final String decoyHash;

	ApiTokenManagement(ApiTokenRepository tokens, PersonRepository people, PasswordEncoder passwords,
			InputValidator validator, Clock clock) {
		this.tokens = tokens;
		this.people = people;
		this.passwords = passwords;
		this.validator = validator;
		this.clock = clock;
		this.decoyHash = passwords.encode("decoy-password-for-unknown-emails");
	}

	@Transactional
	public IssuedToken issue(TokenRequest request) {
		validator.check(request);
		var person = people.findByEmail(PeopleManagement.normalEmail(request.email())).filter(Person::active);
		String hash = person.flatMap(found -> people.passwordHashOf(found.id())).orElse(decoyHash);
		boolean matches = passwords.matches(request.password(), hash);
		if (person.isEmpty() || !matches) {
			throw new RuleViolationException(HttpStatus.UNAUTHORIZED, "bad-credentials", "problem.bad-credentials.detail",
					List.of());
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		long id = tokens.insert(person.get().id(), sha256(token), now);
		return new IssuedToken(id, token, now);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Caller> verify(String token) {
		if (!token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		return tokens.callerFor(sha256(token));
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

	private static String sha256(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
		}
	}
}
