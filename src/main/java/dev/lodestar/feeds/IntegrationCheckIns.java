package dev.lodestar.feeds;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.lodestar.platform.security.TokenCaller;
import dev.lodestar.platform.security.TokenScope;

/**
 * Sees at the web edge the one refusal of an integration's check-in that no check-in code hears: a body that is no
 * check-in at all (a value that is no number), refused while it is read. Every other outcome comes from the check-ins
 * module itself ({@link PushOutcomes}, ADR 0012).
 */
@Configuration(proxyBeanMethods = false)
class IntegrationCheckIns implements WebMvcConfigurer, HandlerInterceptor {

	/** Asked for when first needed: MVC configuration is built early, before the management's transactions are. */
	private final ObjectProvider<KeyResultFeedManagement> feeds;

	IntegrationCheckIns(ObjectProvider<KeyResultFeedManagement> feeds) {
		this.feeds = feeds;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/v1/key-results/*/check-ins");
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
		if (!"POST".equals(request.getMethod())
				|| !(request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE) instanceof HttpMessageNotReadableException)
				|| !(request.getUserPrincipal() instanceof Authentication authentication)
				|| !(authentication.getDetails() instanceof TokenCaller token) || token.scope() != TokenScope.CHECKINS_WRITE) {
			return;
		}
		@SuppressWarnings("unchecked")
		var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String keyResultId = variables == null ? null : variables.get("keyResultId");
		if (keyResultId != null && keyResultId.chars().allMatch(Character::isDigit) && keyResultId.length() < 19) {
			feeds.getObject().notePush(token.caller(), Long.parseLong(keyResultId), response.getStatus());
		}
	}
}
