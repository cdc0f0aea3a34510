package dev.lodestar.alignment.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.alignment.AlignmentCoverage;
import dev.lodestar.alignment.CoverageReport;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.ObjectiveSummary;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

@Controller
class AlignmentCoveragePagesController {

	private final AlignmentCoverage coverage;

	private final CycleManagement cycles;

	private final TeamManagement teams;

	private final PeopleManagement people;

	AlignmentCoveragePagesController(AlignmentCoverage coverage, CycleManagement cycles, TeamManagement teams,
			PeopleManagement people) {
		this.coverage = coverage;
		this.cycles = cycles;
		this.teams = teams;
		this.people = people;
	}

	@GetMapping("/alignment/coverage")
	String showCoverage(Shell shell, @RequestParam(required = false) Long cycle, @RequestParam(required = false) Long team,
			Model model) {
		Cycle shown = cycles.chooseOrCurrent(cycle).orElse(null);
		if (cycle != null && shown == null) {
			throw new NotFoundException("cycle", cycle);
		}
		CoverageReport report = null;
		if (shown != null) {
			report = team == null ? coverage.ofOrganisation(shell.caller(), shown.id())
					: coverage.ofTeam(shell.caller(), shown.id(), team);
		}
		List<TeamOption> options = TeamOption.of(teams.tree());
		Map<Long, String> teamNames = new HashMap<>();
		options.forEach(option -> teamNames.put(option.id(), option.name()));
		model.addAttribute("page", new AlignmentCoveragePage(shell, shown, cycles.list(null, new PageQuery(0, 12)).items(),
				team, options, teamNames, report, report == null ? Map.of() : people.namesOf(ownersOf(report))));
		return "alignment/coverage-page";
	}

	/** The people who own a listed objective, to name them: one query for both lists. */
	private static Set<Long> ownersOf(CoverageReport report) {
		Set<Long> owners = new HashSet<>();
		AlignmentCoveragePage.listed(report.coverage().unsupported()).stream().map(ObjectiveSummary::owner).filter(owner -> !owner.isTeam())
			.forEach(owner -> owners.add(owner.personId()));
		AlignmentCoveragePage.listed(report.coverage().supportingNothing()).stream().map(ObjectiveSummary::owner).filter(owner -> !owner.isTeam())
			.forEach(owner -> owners.add(owner.personId()));
		return owners;
	}
}
