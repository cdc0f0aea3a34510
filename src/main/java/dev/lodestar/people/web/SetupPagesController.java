package dev.lodestar.people.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import dev.lodestar.people.PeopleManagement;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** The first start, while no admin exists. Afterwards it sends everyone to the sign-in page. */
@Controller
class SetupPagesController {

	private final PeopleManagement people;

	SetupPagesController(PeopleManagement people) {
		this.people = people;
	}

	@GetMapping("/setup")
	String showSetup(Shell shell, Model model) {
		if (people.anyAdmin()) {
			return "redirect:/sign-in";
		}
		model.addAttribute("page", new SetupPage(shell, SetupForm.empty(), FormErrors.none()));
		return "people/setup-page";
	}

	@PostMapping("/setup")
	String setUp(Shell shell, @ModelAttribute SetupForm form, Model model, HttpServletResponse response) {
		try {
			people.setUp(form.toCommand());
		}
		catch (Problem refused) {
			if (people.anyAdmin()) {
				return "redirect:/sign-in";
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new SetupPage(shell, form, FormErrors.of(refused, shell.t())));
			return "people/setup-page";
		}
		return "redirect:/sign-in";
	}
}
