package dev.lodestar.kpis.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.kpis.KpiManagement;
import dev.lodestar.kpis.KpiOwner;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.web.PageLinks;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

/** The KPI boards. Everyone signed in reads every KPI: execution work is transparent, as objectives are. */
@Controller
class KpiBoardPagesController {

	private final KpiManagement kpis;

	private final KpiRows rows;

	private final TeamManagement teams;

	private final PeopleManagement people;

	KpiBoardPagesController(KpiManagement kpis, KpiRows rows, TeamManagement teams, PeopleManagement people) {
		this.kpis = kpis;
		this.rows = rows;
		this.teams = teams;
		this.people = people;
	}

	@GetMapping("/kpis")
	String showOrganisationBoard(Shell shell, @RequestParam(required = false) Integer page, Model model) {
		var board = kpis.all(PageQuery.of(page, null));
		var pager = PageLinks.of(board, "/kpis", "/kpis", Map.of());
		model.addAttribute("page", new KpiBoardPage(shell, shell.t().m("kpi.board.title"), rows.rowsOf(board.items(), shell.t()),
				null, pager));
		return "kpis/board-page";
	}

	@GetMapping("/teams/{id}/kpis")
	String showTeamBoard(Shell shell, @PathVariable long id, Model model) {
		var team = teams.find(id).orElseThrow(() -> new NotFoundException("team", id));
		String newKpi = kpis.isSteward(shell.caller(), KpiOwner.team(id)) ? "/kpis/new?team=" + id : null;
		model.addAttribute("page", new KpiBoardPage(shell, shell.t().m("kpi.board.team-title", team.name()),
				rows.rowsOf(kpis.ofTeam(id), shell.t()), newKpi, null));
		return "kpis/board-page";
	}

	@GetMapping("/people/{id}/kpis")
	String showPersonBoard(Shell shell, @PathVariable long id, Model model) {
		var person = people.find(id).orElseThrow(() -> new NotFoundException("person", id));
		String newKpi = kpis.isSteward(shell.caller(), KpiOwner.person(id)) ? "/kpis/new?person=" + id : null;
		model.addAttribute("page", new KpiBoardPage(shell, shell.t().m("kpi.board.person-title", person.name()),
				rows.rowsOf(kpis.ofPerson(id), shell.t()), newKpi, null));
		return "kpis/board-page";
	}
}
