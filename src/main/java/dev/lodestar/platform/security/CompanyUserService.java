package dev.lodestar.platform.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import dev.lodestar.platform.errors.RuleViolationException;

/**
 * Matches the person the provider signed in (its ID token checked, its user info read by Spring Security) to a
 * Lodestar person by e-mail. A refusal becomes an authentication failure, so the session never holds anyone.
 */
final class CompanyUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService provider = new OidcUserService();

	private final CallerDirectory callers;

	private final boolean trustsUnverifiedEmail;

	CompanyUserService(CallerDirectory callers, boolean trustsUnverifiedEmail) {
		this.callers = callers;
		this.trustsUnverifiedEmail = trustsUnverifiedEmail;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = provider.loadUser(request);
		try {
			return new CompanyUser(user, callerOf(identityOf(user, trustsUnverifiedEmail)));
		}
		catch (CompanySignInRefusedException refused) {
			throw new OAuth2AuthenticationException(new OAuth2Error(refused.refusal().code()), refused);
		}
	}

	/**
	 * Two first sign-ins of one person at once (two tabs, a double click at the provider) both try to create them; the
	 * one that loses finds the winner's person when it asks again, in a transaction of its own.
	 */
	private Caller callerOf(CompanyIdentity identity) {
		try {
			return callers.byCompanyIdentity(identity);
		}
		catch (RuleViolationException createdMeanwhile) {
			return callers.byCompanyIdentity(identity);
		}
	}

	/**
	 * Only an address the provider says is verified is trusted: an unverified one lets anyone who typed someone's
	 * address at the provider sign in here as them, an admin included. Some providers (Entra ID among them) send no
	 * {@code email_verified} claim at all; an installation whose provider only carries addresses the company hands out
	 * says so with {@code lodestar.oidc.trust-unverified-email=true}, and then only an explicit {@code false} refuses.
	 */
	static CompanyIdentity identityOf(OidcUser user, boolean trustsUnverifiedEmail) {
		String email = user.getEmail();
		Boolean verified = user.getEmailVerified();
		if (email == null || email.isBlank() || Boolean.FALSE.equals(verified) || verified == null && !trustsUnverifiedEmail) {
			throw new CompanySignInRefusedException(CompanySignInRefusal.NO_EMAIL);
		}
		return new CompanyIdentity(email, nameOf(user), user.getLocale());
	}

	private static String nameOf(OidcUser user) {
		if (user.getFullName() != null && !user.getFullName().isBlank()) {
			return user.getFullName();
		}
		String given = user.getGivenName() == null ? "" : user.getGivenName();
		String family = user.getFamilyName() == null ? "" : user.getFamilyName();
		String joined = (given + " " + family).strip();
		return joined.isEmpty() ? null : joined;
	}
}
