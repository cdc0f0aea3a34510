package dev.lodestar.platform.security;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated caller as Spring Security holds them; admins carry {@code ROLE_ADMIN}. */
final class CallerAuthentication {

	private CallerAuthentication() {
	}

	static Authentication of(Caller caller) {
		List<GrantedAuthority> authorities = caller.admin() ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN")) : List.of();
		return UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities);
	}
}
