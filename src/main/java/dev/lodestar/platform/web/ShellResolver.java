package dev.lodestar.platform.web;

import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.support.RequestContextUtils;

import dev.lodestar.platform.security.Caller;

/** Gives a page controller its {@link Shell} as a parameter, built from the request it answers. */
@Component
class ShellResolver implements HandlerMethodArgumentResolver {

	private final MessageSource messages;

	private final ZoneId zone;

	ShellResolver(MessageSource messages, @Value("${lodestar.time-zone:}") String zone) {
		this.messages = messages;
		this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Shell.class;
	}

	@Override
	public Shell resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest webRequest,
			WebDataBinderFactory binders) {
		return shellOf(webRequest.getNativeRequest(HttpServletRequest.class));
	}

	/** The frame of a page for this request; error pages build theirs outside any controller. */
	Shell shellOf(HttpServletRequest request) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		Caller caller = authentication != null && authentication.getPrincipal() instanceof Caller signedIn ? signedIn : null;
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String query = request.getQueryString();
		return new Shell(new Texts(messages, RequestContextUtils.getLocale(request), zone), caller, csrf,
				request.getRequestURI() + (query == null ? "" : "?" + query));
	}
}
