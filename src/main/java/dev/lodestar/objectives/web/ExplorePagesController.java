package dev.lodestar.objectives.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveSearch;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

/** Explore: search every objective one may see. The results fragment answers htmx as one types. */
@Controller
class ExplorePagesController {

	private static final int PAGE_SIZE = 10;

	private final CycleManagement cycles;

	private final ObjectiveManagement objectives;

	private final TeamManagement teams;

	private final PeopleManagement people;

	private final ObjectiveCards cards;

	ExplorePagesController(CycleManagement cycles, ObjectiveManagement objectives, TeamManagement teams,
			PeopleManagement people, ObjectiveCards cards) {
		this.cycles = cycles;
		this.objectives = objectives;
		this.teams = teams;
		this.people = people;
		this.cards = cards;
	}

	@GetMapping("/explore")
	String showExplore(Shell shell, @RequestParam(required = false) Long cycle, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long team, @RequestParam(required = false) Long person,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", explore(shell, cycle, q, team, person, page));
		return "objectives/explore-page";
	}

	@GetMapping(path = "/explore", headers = "HX-Request")
	String showExploreResults(Shell shell, @RequestParam(required = false) Long cycle, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long team, @RequestParam(required = false) Long person,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("page", explore(shell, cycle, q, team, person, page));
		return "objectives/explore-results";
	}

	private ExplorePage explore(Shell shell, Long cycleId, String text, Long teamId, Long personId, Integer page) {
		Cycle shown = cycles.chooseOrCurrent(cycleId).orElse(null);
		var query = PageQuery.of(page, PAGE_SIZE);
		var search = new ObjectiveSearch(shown == null ? null : shown.id(), text, teamId, personId);
		var found = objectives.search(shell.caller(), search, query);
		var foundCards = cards.cardsOf(shell, found.items());
		String personName = personId == null ? null : people.namesOf(List.of(personId)).get(personId);
		return new ExplorePage(shell, shown, cycles.list(null, new PageQuery(0, 12)).items(), text, teamId,
				teams.search(null, null, new PageQuery(0, PageQuery.MAX_SIZE)).items(), personId, personName,
				new Page<>(foundCards, found.page(), found.size(), found.totalItems(), found.totalPages()));
	}
}
