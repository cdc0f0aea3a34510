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

	CompanyUserService(CallerDirectory callers) {
		this.callers = callers;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = provider.loadUser(request);
		try {
			return new CompanyUser(user, callerOf(identityOf(user)));
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
	 * Only an address the provider does not call unverified is trusted: some providers (Entra ID among them) send no
	 * {@code email_verified} claim at all, but one that says {@code false} lets anyone claim anyone's address.
	 */
	private static CompanyIdentity identityOf(OidcUser user) {
		String email = user.getEmail();
		if (email == null || email.isBlank() || Boolean.FALSE.equals(user.getEmailVerified())) {
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
