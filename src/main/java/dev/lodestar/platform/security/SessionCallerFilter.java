package dev.lodestar.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session remembers who signed in; this loads them as they are now, once per request, so that a new team,
 * a changed language or a lost admin right counts at once. A deactivated person is signed out.
 */
class SessionCallerFilter extends OncePerRequestFilter {

	private final CallerDirectory callers;

	SessionCallerFilter(CallerDirectory callers) {
		this.callers = callers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var context = SecurityContextHolder.getContext();
		if (context.getAuthentication() != null && context.getAuthentication().getPrincipal() instanceof Caller remembered) {
			var current = callers.byPersonId(remembered.personId());
			if (current.isPresent()) {
				context.setAuthentication(CallerAuthentication.of(current.get()));
			}
			else {
				SecurityContextHolder.clearContext();
				var session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
		}
		chain.doFilter(request, response);
	}
}
