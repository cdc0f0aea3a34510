package dev.lodestar.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Signs a person in from the sign-in form: their e-mail and password, checked by the people module. */
class PasswordSignIn implements AuthenticationProvider {

	private final CallerDirectory callers;

	PasswordSignIn(CallerDirectory callers) {
		this.callers = callers;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String email = String.valueOf(attempt.getPrincipal());
		String password = attempt.getCredentials() == null ? null : String.valueOf(attempt.getCredentials());
		return callers.byPassword(email, password)
			.map(CallerAuthentication::of)
			.orElseThrow(() -> new BadCredentialsException("Wrong e-mail or password"));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
