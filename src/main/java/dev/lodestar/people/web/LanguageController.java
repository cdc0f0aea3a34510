package dev.lodestar.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

import dev.lodestar.people.PeopleManagement;
import dev.lodestar.platform.i18n.SupportedLocales;
import dev.lodestar.platform.web.Shell;

/** The language switch on every page: stored on the person, or for the visit before signing in. */
@Controller
class LanguageController {

	private final PeopleManagement people;

	private final LocaleResolver locales;

	LanguageController(PeopleManagement people, LocaleResolver locales) {
		this.people = people;
		this.locales = locales;
	}

	@PostMapping("/language")
	String chooseLanguage(Shell shell, @RequestParam String locale, @RequestParam(required = false) String back,
			HttpServletRequest request, HttpServletResponse response) {
		var chosen = SupportedLocales.fromTag(locale);
		if (chosen.isPresent()) {
			if (shell.signedIn()) {
				people.chooseLanguage(shell.caller(), locale);
			}
			else {
				locales.setLocale(request, response, chosen.get());
			}
		}
		return "redirect:" + (isLocalPath(back) ? back : "/");
	}

	/** Only a path on this site: never an open redirect to another. */
	static boolean isLocalPath(String path) {
		return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\");
	}
}
