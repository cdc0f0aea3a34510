package dev.lodestar.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Any failure of company sign-in, on the way to the provider or back, ends on the sign-in page with a message that
 * says why ({@code ?company=<code>}); password sign-in stays there as the way in.
 */
final class CompanySignInFailure implements AuthenticationFailureHandler {

	private static final Logger LOG = LoggerFactory.getLogger(CompanySignInFailure.class);

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		CompanySignInRefusal refusal = exception instanceof OAuth2AuthenticationException refused
				? CompanySignInRefusal.ofCode(refused.getError().getErrorCode()) : CompanySignInRefusal.UNAVAILABLE;
		if (refusal == CompanySignInRefusal.UNAVAILABLE) {
			// the person sees only that it failed; whoever runs Lodestar needs the provider's reason to mend it
			LOG.warn("Company sign-in failed: {}", exception.getMessage(), exception);
		}
		response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN + "?company=" + refusal.code());
	}
}
