package dev.lodestar.people.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.people.PeopleManagement;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

/** Search-as-you-type for picking a person: an organisation may have far too many people for one list. */
@Controller
class PersonOptionsController {

	private static final int SHOWN = 20;

	private final PeopleManagement people;

	PersonOptionsController(PeopleManagement people) {
		this.people = people;
	}

	@GetMapping("/people/options")
	String showPersonOptions(Shell shell, @RequestParam(name = "personQuery", required = false) String query,
			@RequestParam(required = false) Long selected, Model model) {
		model.addAttribute("page", new PersonOptions(shell, people.search(query, new PageQuery(0, SHOWN)).items(), selected));
		return "people/person-options";
	}
}
