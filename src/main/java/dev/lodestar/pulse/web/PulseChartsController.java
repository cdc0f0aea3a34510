package dev.lodestar.pulse.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.lodestar.platform.web.Shell;
import dev.lodestar.pulse.PulseManagement;
import dev.lodestar.pulse.PulseResults;

/**
 * The pulse over cycles beside OKR health, as htmx fragments the health pages load by URL only (health does not
 * depend on pulse). A team's is for its people and admins; anyone else gets an empty fragment.
 */
@Controller
class PulseChartsController {

	private static final String FRAGMENT = "pulse/pulse-chart";

	private final PulseManagement pulses;

	private final PulseCharts charts;

	PulseChartsController(PulseManagement pulses, PulseCharts charts) {
		this.pulses = pulses;
		this.charts = charts;
	}

	@GetMapping("/teams/{teamId}/pulse/chart")
	String showTeamChart(Shell shell, @PathVariable long teamId, Model model) {
		if (!PulseManagement.mayReadTeam(shell.caller(), teamId)) {
			model.addAttribute("page", new PulseChart(shell, null, null));
			return FRAGMENT;
		}
		return fragment(shell, pulses.resultsOfTeam(shell.caller(), teamId), model);
	}

	@GetMapping("/pulse/chart")
	String showOrganisationChart(Shell shell, Model model) {
		return fragment(shell, pulses.resultsOfOrganisation(), model);
	}

	private String fragment(Shell shell, PulseResults results, Model model) {
		model.addAttribute("page", new PulseChart(shell, results, charts.chartOf(results, shell.t())));
		return FRAGMENT;
	}
}
