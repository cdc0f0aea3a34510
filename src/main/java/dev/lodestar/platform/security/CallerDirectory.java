package dev.lodestar.platform.security;

import java.util.Optional;

/**
 * Finds the active person behind a credential, with their teams. The module that keeps people implements
 * it; the security configuration only asks.
 */
public interface CallerDirectory {

	/** A personal-access token sent as {@code Authorization: Bearer}, with the scope it was issued for. */
	Optional<TokenCaller> byToken(String token);

	/** An e-mail and password, as the sign-in form sends them. */
	Optional<Caller> byPassword(String email, String password);

	/**
	 * The active person the company's provider vouched for, matched by e-mail address whatever its case; created on
	 * their first sign-in when the admins allow it.
	 *
	 * @throws CompanySignInRefusedException when nobody may be signed in
	 */
	Caller byCompanyIdentity(CompanyIdentity identity);

	/** The person a session belongs to, as they are now: deactivated people are absent. */
	Optional<Caller> byPersonId(long personId);
}
