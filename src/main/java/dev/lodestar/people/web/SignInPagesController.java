package dev.lodestar.people.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.people.PeopleManagement;
import dev.lodestar.platform.web.Shell;

/** The sign-in page; Spring Security checks the form it posts (see the platform's security configuration). */
@Controller
class SignInPagesController {

	private final PeopleManagement people;

	SignInPagesController(PeopleManagement people) {
		this.people = people;
	}

	@GetMapping("/sign-in")
	String showSignIn(Shell shell, Model model, @RequestParam(name = "failed", required = false) String failed,
			@RequestParam(name = "signed-out", required = false) String signedOut,
			@RequestParam(name = "demo", required = false) String demo) {
		if (shell.signedIn()) {
			return "redirect:/";
		}
		model.addAttribute("page", new SignInPage(shell, people.organisationName().orElse(null), failed != null,
				signedOut != null, demo != null));
		return "people/sign-in-page";
	}
}
