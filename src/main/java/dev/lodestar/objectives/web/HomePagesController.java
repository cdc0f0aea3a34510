package dev.lodestar.objectives.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

/** "My OKRs": the page people open every week. */
@Controller
class HomePagesController {

	private final CycleManagement cycles;

	private final ObjectiveManagement objectives;

	private final TeamManagement teams;

	private final ObjectiveCards cards;

	HomePagesController(CycleManagement cycles, ObjectiveManagement objectives, TeamManagement teams, ObjectiveCards cards) {
		this.cycles = cycles;
		this.objectives = objectives;
		this.teams = teams;
		this.cards = cards;
	}

	@GetMapping("/")
	String showHome(Shell shell, @RequestParam(required = false) Long cycle, Model model) {
		var caller = shell.caller();
		List<Cycle> recent = cycles.list(null, new PageQuery(0, 12)).items();
		Cycle shown = cycles.chooseOrCurrent(cycle).orElse(null);
		OwnerSection mine = new OwnerSection(shell.t().m("home.mine"), null, List.of());
		List<OwnerSection> teamSections = new ArrayList<>();
		if (shown != null) {
			List<ObjectiveView> views = objectives.ownedBy(caller, shown.id(), caller.personId(), caller.teamIds());
			var allCards = cards.cardsOf(shell, views);
			mine = new OwnerSection(shell.t().m("home.mine"), null,
					allCards.stream().filter(card -> !card.view().objective().owner().isTeam()).toList());
			Map<Long, String> teamNames = teams.namesOf(caller.teamIds());
			for (Long teamId : caller.teamIds().stream().sorted(Comparator.comparing(id -> teamNames.getOrDefault(id, ""))).toList()) {
				var teamCards = allCards.stream().filter(card -> teamId.equals(card.view().objective().owner().teamId())).toList();
				teamSections.add(new OwnerSection(teamNames.get(teamId), teamId, teamCards));
			}
		}
		model.addAttribute("page", new HomePage(shell, shown, recent, mine, teamSections));
		return "objectives/home-page";
	}
}
