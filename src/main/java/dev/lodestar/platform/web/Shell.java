package dev.lodestar.platform.web;

import org.springframework.security.web.csrf.CsrfToken;

import dev.lodestar.platform.security.Caller;

/**
 * The frame of every page: who reads it (absent before signing in), in which words, the CSRF token its forms
 * and htmx requests carry, and the address it was asked for (to come back to after switching the language).
 */
public record Shell(Texts t, Caller caller, CsrfToken csrf, String path) {

	public boolean signedIn() {
		return caller != null;
	}

	public boolean admin() {
		return caller != null && caller.admin();
	}

	/** The header htmx sends with every request from the page, as JSON for {@code hx-headers}. */
	public String htmxHeaders() {
		return csrf == null ? "{}" : "{\"" + csrf.getHeaderName() + "\": \"" + csrf.getToken() + "\"}";
	}
}
