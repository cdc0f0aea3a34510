package dev.lodestar.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated caller as Spring Security holds them; admins carry {@code ROLE_ADMIN}, and an API call carries
 * the scope of its token ({@code SCOPE_OKR}, {@code SCOPE_APPRAISAL} or
 * {@code SCOPE_CHECKINS_WRITE}) and the token itself as its details. A session (the web pages) has no scope.
 */
final class CallerAuthentication {

	private CallerAuthentication() {
	}

	static Authentication of(Caller caller) {
		return authenticated(caller, List.of());
	}

	static Authentication of(TokenCaller token) {
		var authentication = authenticated(token.caller(), List.of(new SimpleGrantedAuthority(token.scope().authority())));
		authentication.setDetails(token);
		return authentication;
	}

	private static UsernamePasswordAuthenticationToken authenticated(Caller caller, List<GrantedAuthority> more) {
		List<GrantedAuthority> authorities = new ArrayList<>(more);
		if (caller.admin()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
		}
		return UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities);
	}
}
