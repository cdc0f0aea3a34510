package dev.lodestar.objectives.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Person;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

@Controller
class PersonPagesController {

	private final PeopleManagement people;

	private final TeamManagement teams;

	private final CycleManagement cycles;

	private final ObjectiveManagement objectives;

	private final ObjectiveCards cards;

	PersonPagesController(PeopleManagement people, TeamManagement teams, CycleManagement cycles,
			ObjectiveManagement objectives, ObjectiveCards cards) {
		this.people = people;
		this.teams = teams;
		this.cycles = cycles;
		this.objectives = objectives;
		this.cards = cards;
	}

	@GetMapping("/people/{id}")
	String showPerson(Shell shell, @PathVariable long id, @RequestParam(required = false) Long cycle, Model model) {
		Person person = people.find(id).orElseThrow(() -> new NotFoundException("person", id));
		Cycle shown = cycles.chooseOrCurrent(cycle).orElse(null);
		var personCards = shown == null ? List.<ObjectiveCard>of()
				: cards.cardsOf(shell, objectives.ownedBy(shell.caller(), shown.id(), id, List.of()));
		model.addAttribute("page", new PersonPage(shell, person, teams.teamsOf(id), shown,
				cycles.list(null, new PageQuery(0, 12)).items(), personCards));
		return "objectives/person-page";
	}
}
