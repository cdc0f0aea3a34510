package dev.lodestar.people.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.people.PeopleManagement;
import dev.lodestar.platform.security.CompanySignIn;
import dev.lodestar.platform.security.CompanySignInRefusal;
import dev.lodestar.platform.web.Shell;

/**
 * The sign-in page; Spring Security checks the form it posts and runs company sign-in (see the platform's security
 * configuration), and sends a company sign-in that let nobody in back here with its reason.
 */
@Controller
class SignInPagesController {

	private final PeopleManagement people;

	private final CompanySignIn company;

	SignInPagesController(PeopleManagement people, CompanySignIn company) {
		this.people = people;
		this.company = company;
	}

	@GetMapping("/sign-in")
	String showSignIn(Shell shell, Model model, @RequestParam(name = "failed", required = false) String failed,
			@RequestParam(name = "signed-out", required = false) String signedOut,
			@RequestParam(name = "demo", required = false) String demo,
			@RequestParam(name = "company", required = false) String refusal) {
		if (shell.signedIn()) {
			return "redirect:/";
		}
		model.addAttribute("page", new SignInPage(shell, people.organisationName().orElse(null), failed != null,
				signedOut != null, demo != null, company, refusalKey(refusal)));
		return "people/sign-in-page";
	}

	private String refusalKey(String code) {
		return code == null || !company.enabled() ? null : "sign-in.company." + CompanySignInRefusal.ofCode(code).code();
	}
}
