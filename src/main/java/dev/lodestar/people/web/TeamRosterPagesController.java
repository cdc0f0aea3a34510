package dev.lodestar.people.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Person;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

/**
 * The people picker of the team form: search as you type, then add someone as lead or member. An organisation
 * may have thousands of people, so the picker shows a few matches, never a list of everyone.
 */
@Controller
class TeamRosterPagesController {

	static final int MATCHES = 8;

	private final PeopleManagement people;

	TeamRosterPagesController(PeopleManagement people) {
		this.people = people;
	}

	@GetMapping("/admin/teams/people-picker")
	String showPeoplePicker(Shell shell, @RequestParam(required = false) String q, Model model) {
		String query = q == null ? "" : q.strip();
		var found = query.isEmpty() ? null : people.search(query, new PageQuery(0, MATCHES));
		List<Person> matches = found == null ? List.of() : found.items();
		model.addAttribute("page", new PeoplePickerResults(shell, query, matches, found == null ? 0 : found.totalItems()));
		return "people/people-picker-results";
	}

	@GetMapping("/admin/teams/roster-entry")
	String showRosterEntry(Shell shell, @RequestParam long personId, @RequestParam String field, Model model) {
		if (!field.equals(RosterEntry.LEADS) && !field.equals(RosterEntry.MEMBERS)) {
			throw InvalidInputException.of("field", "validation.one-of", RosterEntry.LEADS + ", " + RosterEntry.MEMBERS);
		}
		String name = people.namesOf(List.of(personId)).get(personId);
		if (name == null) {
			throw new NotFoundException("person", personId);
		}
		model.addAttribute("page", new RosterEntryFragment(shell, new RosterEntry(personId, name, field)));
		return "people/roster-entry-fragment";
	}
}
