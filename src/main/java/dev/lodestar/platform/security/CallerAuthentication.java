package dev.lodestar.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated caller as Spring Security holds them; admins carry {@code ROLE_ADMIN}, and an API call carries
 * the scope of its token ({@code SCOPE_OKR} or {@code SCOPE_APPRAISAL}). A session (the web pages) has no scope.
 */
final class CallerAuthentication {

	private CallerAuthentication() {
	}

	static Authentication of(Caller caller) {
		return authenticated(caller, List.of());
	}

	static Authentication of(Caller caller, TokenScope scope) {
		return authenticated(caller, List.of(new SimpleGrantedAuthority(scope.authority())));
	}

	private static Authentication authenticated(Caller caller, List<GrantedAuthority> more) {
		List<GrantedAuthority> authorities = new ArrayList<>(more);
		if (caller.admin()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
		}
		return UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities);
	}
}
