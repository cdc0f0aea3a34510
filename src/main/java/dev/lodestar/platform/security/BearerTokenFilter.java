package dev.lodestar.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls by their personal-access token; an unknown or revoked token stays anonymous (401). */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final CallerDirectory callers;

	BearerTokenFilter(CallerDirectory callers) {
		this.callers = callers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			callers.byToken(header.substring(PREFIX.length()).trim()).ifPresent(found -> {
				SecurityContextHolder.getContext().setAuthentication(CallerAuthentication.of(found));
			});
		}
		chain.doFilter(request, response);
	}
}
