package dev.lodestar.people.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.lodestar.platform.web.Shell;

/** The admin pages' start. Every admin page is for admins only (see the platform's security configuration). */
@Controller
class AdminIndexPagesController {

	@GetMapping("/admin")
	String showAdmin(Shell shell, Model model) {
		model.addAttribute("page", new AdminIndexPage(shell));
		return "people/admin-index-page";
	}
}
