package dev.lodestar.platform.security;

import java.util.List;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Someone the company's provider signed in, with the Lodestar person they were matched to. */
final class CompanyUser extends DefaultOidcUser {

	private final Caller caller;

	CompanyUser(OidcUser user, Caller caller) {
		super(List.of(), user.getIdToken(), user.getUserInfo());
		this.caller = caller;
	}

	Caller caller() {
		return caller;
	}
}
