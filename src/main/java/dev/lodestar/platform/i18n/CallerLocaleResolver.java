package dev.lodestar.platform.i18n;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import dev.lodestar.platform.security.Caller;

/**
 * Chooses the language of a response. An API call says what it wants in Accept-Language, so that wins
 * there; in the browser the person's own setting wins over the browser's header. English is the fallback.
 */
@Component("localeResolver")
class CallerLocaleResolver implements LocaleResolver {

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		var requested = SupportedLocales.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		Locale personal = personalLocale();
		if (request.getRequestURI().startsWith("/api/")) {
			return requested.orElse(personal != null ? personal : SupportedLocales.ENGLISH);
		}
		return personal != null ? personal : requested.orElse(SupportedLocales.ENGLISH);
	}

	/** The locale is a person's setting, changed through the people module, never through this resolver. */
	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
	}

	private static Locale personalLocale() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof Caller caller ? caller.locale() : null;
	}
}
