package dev.lodestar.people.web;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Person;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

/** Admins find, register and change people, and deactivate those who left. */
@Controller
class AdminPeoplePagesController {

	private final PeopleManagement people;

	private final IdempotentRequests idempotent;

	AdminPeoplePagesController(PeopleManagement people, IdempotentRequests idempotent) {
		this.people = people;
		this.idempotent = idempotent;
	}

	@GetMapping("/admin/people")
	String showPeople(Shell shell, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		model.addAttribute("page", new AdminPeoplePage(shell, list(q, page, size)));
		return "people/admin-people-page";
	}

	@GetMapping("/admin/people/rows")
	String showPeopleRows(Shell shell, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model, HttpServletResponse response) {
		PeopleList list = list(q, page, size);
		response.setHeader("HX-Push-Url", list.address());
		model.addAttribute("page", new AdminPeopleRows(shell, list));
		return "people/admin-people-rows";
	}

	@GetMapping("/admin/people/new")
	String showNewPerson(Shell shell, Model model) {
		model.addAttribute("page", new AdminPersonPage(shell, null, PersonForm.empty(), FormErrors.none(), null));
		return "people/admin-person-page";
	}

	@PostMapping("/admin/people")
	String registerPerson(Shell shell, @ModelAttribute PersonForm form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			var command = form.toNewPerson();
			Person person = idempotent.once(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(), command,
					Person.class, () -> people.register(shell.caller(), command));
			return "redirect:/admin/people/" + person.id() + "?done=registered";
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new AdminPersonPage(shell, null, form.withoutPassword(), FormErrors.of(refused, shell.t()), null));
			return "people/admin-person-page";
		}
	}

	@GetMapping("/admin/people/{id}")
	String showPerson(Shell shell, @PathVariable long id, @RequestParam(required = false) String done, Model model) {
		Person person = people.find(id).orElseThrow(() -> new NotFoundException("person", id));
		String notice = "registered".equals(done) || "saved".equals(done) ? "admin.person." + done : null;
		model.addAttribute("page", new AdminPersonPage(shell, id, PersonForm.of(person), FormErrors.none(), notice));
		return "people/admin-person-page";
	}

	@PostMapping("/admin/people/{id}")
	String revisePerson(Shell shell, @PathVariable long id, @ModelAttribute PersonForm form, Model model,
			HttpServletResponse response) {
		try {
			people.revise(shell.caller(), id, form.toRevision());
			return "redirect:/admin/people/" + id + "?done=saved";
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new AdminPersonPage(shell, id, form.withoutPassword(), FormErrors.of(refused, shell.t()), null));
			return "people/admin-person-page";
		}
	}

	private PeopleList list(String q, Integer page, Integer size) {
		return new PeopleList(q == null ? "" : q.strip(), people.search(q, PageQuery.of(page, size)));
	}
}
