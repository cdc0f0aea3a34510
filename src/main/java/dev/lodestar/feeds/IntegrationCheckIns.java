package dev.lodestar.feeds;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.lodestar.platform.security.TokenCaller;
import dev.lodestar.platform.security.TokenScope;

/**
 * Watches the check-ins integrations post, after their answer is written, so that a key result updated by an
 * integration shows whether its latest check-in came through. Watching the answer rather than the check-in catches
 * every refusal, a value that is no number included, which fails before any check-in code runs.
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
		if (!"POST".equals(request.getMethod()) || !(request.getUserPrincipal() instanceof Authentication authentication)
				|| !(authentication.getDetails() instanceof TokenCaller token) || token.scope() != TokenScope.CHECKINS_WRITE
				|| response.getStatus() >= 500 || response.getStatus() == 401) {
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
