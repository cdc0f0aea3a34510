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
import dev.lodestar.platform.i18n.SupportedLocales;
import dev.lodestar.platform.security.CallerDirectory;
import dev.lodestar.platform.security.CompanyIdentity;
import dev.lodestar.platform.security.CompanySignInRefusal;
import dev.lodestar.platform.security.CompanySignInRefusedException;
import dev.lodestar.platform.security.TokenCaller;

/**
 * Who is calling: by token for the API, by password for the sign-in form, by e-mail for company sign-in, by id for a
 * session. Only active people are found.
 */
@Component
class Callers implements CallerDirectory {

	static final String TOKEN_PREFIX = "lds_";

	/** The lengths of {@link NewPerson}'s fields, which a person made by company sign-in must fit as well. */
	private static final int MAX_EMAIL = 320;

	private static final int MAX_NAME = 200;

	private final CallerRepository callers;

	private final PersonRepository people;

	private final PasswordEncoder passwords;

	private final PeopleManagement management;

	private final SignInPolicyRepository policy;

	/** Compared against when the e-mail is unknown, so a wrong e-mail costs the same time as a wrong password. */
	private final String decoyHash;

	Callers(CallerRepository callers, PersonRepository people, PasswordEncoder passwords, PeopleManagement management,
			SignInPolicyRepository policy) {
		this.callers = callers;
		this.people = people;
		this.passwords = passwords;
		this.management = management;
		this.policy = policy;
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
	@Transactional
	public Caller byCompanyIdentity(CompanyIdentity identity) {
		String email = PeopleManagement.normalEmail(identity.email());
		if (email.length() > MAX_EMAIL) {
			throw new CompanySignInRefusedException(CompanySignInRefusal.NO_EMAIL);
		}
		Person person = people.findByEmail(email).orElseGet(() -> firstSignIn(identity, email));
		if (!person.active()) {
			throw new CompanySignInRefusedException(CompanySignInRefusal.DEACTIVATED);
		}
		return callers.byPersonId(person.id()).orElseThrow();
	}

	private Person firstSignIn(CompanyIdentity identity, String email) {
		if (!policy.policy().createOnFirstSignIn()) {
			throw new CompanySignInRefusedException(CompanySignInRefusal.UNKNOWN_PERSON);
		}
		return management.joinThroughCompany(nameOf(identity, email), email, localeOf(identity));
	}

	/** The provider's name for them; their address's local part when it sends none, so nobody is nameless. */
	private static String nameOf(CompanyIdentity identity, String email) {
		int at = email.indexOf('@');
		String name = identity.name() != null && !identity.name().isBlank() ? identity.name().strip()
				: at > 0 ? email.substring(0, at) : email;
		return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
	}

	/** Any Chinese the provider names reads Simplified Chinese; everything else English, the default. */
	private static String localeOf(CompanyIdentity identity) {
		return identity.locale() == null ? "en"
				: SupportedLocales.fromAcceptLanguage(identity.locale().replace('_', '-')).map(SupportedLocales::tagOf).orElse("en");
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
