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
 * there; in the browser the person's own setting wins, then a choice made before signing in, then the
 * browser's header. English is the fallback.
 */
@Component("localeResolver")
public class CallerLocaleResolver implements LocaleResolver {

	/** Where a language chosen before signing in is kept, for the rest of the visit. */
	public static final String SESSION_ATTRIBUTE = CallerLocaleResolver.class.getName() + ".locale";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		var requested = SupportedLocales.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		Locale personal = personalLocale();
		if (request.getRequestURI().startsWith("/api/")) {
			return requested.orElse(personal != null ? personal : SupportedLocales.ENGLISH);
		}
		if (personal != null) {
			return personal;
		}
		var session = request.getSession(false);
		if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
			return chosen;
		}
		return requested.orElse(SupportedLocales.ENGLISH);
	}

	/** Remembers a language chosen before signing in; a signed-in person's choice is stored on them instead. */
	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		request.getSession().setAttribute(SESSION_ATTRIBUTE, locale);
	}

	private static Locale personalLocale() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof Caller caller ? caller.locale() : null;
	}
}
