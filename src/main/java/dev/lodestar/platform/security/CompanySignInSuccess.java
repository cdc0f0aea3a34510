package dev.lodestar.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * After company sign-in the session holds the person exactly as a password sign-in leaves them (a {@link Caller}),
 * not the provider's user and tokens: every page, and {@link SessionCallerFilter}, then treat both alike.
 */
final class CompanySignInSuccess implements AuthenticationSuccessHandler {

	private final SecurityContextRepository contexts;

	private final SavedRequestAwareAuthenticationSuccessHandler returnToAskedPage;

	CompanySignInSuccess(SecurityContextRepository contexts, RequestCache requestCache) {
		this.contexts = contexts;
		this.returnToAskedPage = new SavedRequestAwareAuthenticationSuccessHandler();
		this.returnToAskedPage.setRequestCache(requestCache);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		Caller caller = ((CompanyUser) authentication.getPrincipal()).caller();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(CallerAuthentication.of(caller));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		returnToAskedPage.onAuthenticationSuccess(request, response, context.getAuthentication());
	}
}
