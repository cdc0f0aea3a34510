package dev.lodestar.health.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.health.HealthManagement;
import dev.lodestar.health.OrganisationHealth;
import dev.lodestar.health.TeamHealth;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

/** A team's OKR health in the browser, and the link to it on the team's page. */
@Controller
class HealthPagesController {

	private final HealthManagement health;

	private final CycleManagement cycles;

	HealthPagesController(HealthManagement health, CycleManagement cycles) {
		this.health = health;
		this.cycles = cycles;
	}

	@GetMapping("/health")
	String showOrganisationHealth(Shell shell, @RequestParam(required = false) Long cycle,
			@RequestParam(required = false) Integer page, @RequestParam(defaultValue = "-1") int recomputed, Model model) {
		OrganisationHealth organisation = health.ofOrganisation(shell.caller(), cycle, PageQuery.of(page, 50));
		model.addAttribute("page", new OrganisationHealthPage(shell, organisation,
				cycles.find(organisation.cycleId()).orElseThrow(), cycles.list(null, new PageQuery(0, 12)).items(), recomputed));
		return "health/organisation-health-page";
	}

	@PostMapping("/health/recompute")
	String recomputeOrganisation(Shell shell, @RequestParam(required = false) Long cycle) {
		int teams = health.recomputeAll(shell.caller(), cycle);
		return "redirect:/health?recomputed=" + teams + (cycle == null ? "" : "&cycle=" + cycle);
	}

	@GetMapping("/teams/{teamId}/health-link")
	String showLink(Shell shell, @PathVariable long teamId, Model model) {
		boolean shown = shell.caller().readsAllHealth() || shell.caller().belongsTo(teamId);
		model.addAttribute("page", new HealthLinkFragment(shell, teamId, shown));
		return "health/health-link";
	}

	@GetMapping("/teams/{teamId}/health")
	String showTeamHealth(Shell shell, @PathVariable long teamId, @RequestParam(required = false) Long cycle, Model model) {
		model.addAttribute("page", page(shell, health.ofTeam(shell.caller(), teamId, cycle)));
		return "health/team-health-page";
	}

	@PostMapping("/teams/{teamId}/health/recompute")
	String recompute(Shell shell, @PathVariable long teamId, @RequestParam(required = false) Long cycle) {
		TeamHealth computed = health.recompute(shell.caller(), teamId, cycle);
		return "redirect:/teams/" + teamId + "/health?cycle=" + computed.cycleId();
	}

	private TeamHealthPage page(Shell shell, TeamHealth teamHealth) {
		return new TeamHealthPage(shell, teamHealth, cycles.find(teamHealth.cycleId()).orElseThrow(),
				cycles.list(null, new PageQuery(0, 12)).items());
	}
}
