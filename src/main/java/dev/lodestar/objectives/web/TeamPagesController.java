package dev.lodestar.objectives.web;

import java.util.HashSet;
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
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

@Controller
class TeamPagesController {

	private final TeamManagement teams;

	private final PeopleManagement people;

	private final CycleManagement cycles;

	private final ObjectiveManagement objectives;

	private final ObjectiveCards cards;

	TeamPagesController(TeamManagement teams, PeopleManagement people, CycleManagement cycles, ObjectiveManagement objectives,
			ObjectiveCards cards) {
		this.teams = teams;
		this.people = people;
		this.cycles = cycles;
		this.objectives = objectives;
		this.cards = cards;
	}

	@GetMapping("/teams/{id}")
	String showTeam(Shell shell, @PathVariable long id, @RequestParam(required = false) Long cycle, Model model) {
		Team team = teams.find(id).orElseThrow(() -> new NotFoundException("team", id));
		List<Team> subTeams = teams.search(null, id, new PageQuery(0, PageQuery.MAX_SIZE)).items();
		String parentName = team.parentId() == null ? null : teams.namesOf(List.of(team.parentId())).get(team.parentId());
		var everyone = new HashSet<Long>(team.leadIds());
		everyone.addAll(team.memberIds());
		Cycle shown = cycles.chooseOrCurrent(cycle).orElse(null);
		var teamCards = shown == null ? List.<ObjectiveCard>of()
				: cards.cardsOf(shell, objectives.overview(shell.caller(), shown.id(), id).objectives());
		model.addAttribute("page", new TeamPage(shell, team, parentName, subTeams, people.namesOf(everyone), shown,
				cycles.list(null, new PageQuery(0, 12)).items(), teamCards));
		return "objectives/team-page";
	}
}
