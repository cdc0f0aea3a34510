package dev.lodestar.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.security.CallerDirectory;
import dev.lodestar.platform.security.TokenCaller;

/**
 * Who is calling: by token for the API, by password for the sign-in form, by id for a session. Only active
 * people are found.
 */
@Component
class Callers implements CallerDirectory {

	static final String TOKEN_PREFIX = "lds_";

	private final CallerRepository callers;

	private final PersonRepository people;

	private final PasswordEncoder passwords;

	/** Compared against when the e-mail is unknown, so a wrong e-mail costs the same time as a wrong password. */
	private final String decoyHash;

	Callers(CallerRepository callers, PersonRepository people, PasswordEncoder passwords) {
		this.callers = callers;
		this.people = people;
		this.passwords = passwords;
		this.decoyHash = passwords.encode("decoy-password-for-unknown-emails");
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<TokenCaller> byToken(String token) {
		if (!token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		return callers.byTokenHash(sha256(token));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Caller> byPassword(String email, String password) {
		var person = people.findByEmail(PeopleManagement.normalEmail(email)).filter(Person::active);
		String hash = person.flatMap(found -> people.passwordHashOf(found.id())).orElse(decoyHash);
		boolean matches = password != null && passwords.matches(password, hash);
		return person.isPresent() && matches ? callers.byPersonId(person.get().id()) : Optional.empty();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Caller> byPersonId(long personId) {
		return callers.byPersonId(personId);
	}

	static String sha256(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
		}
	}
}
