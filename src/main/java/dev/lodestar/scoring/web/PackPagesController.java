package dev.lodestar.scoring.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.scoring.CalibrationManagement;
import dev.lodestar.scoring.ReviewPackManagement;
import dev.lodestar.scoring.ReviewPackScope;

/**
 * The review pack of a team's week or cycle, as a page and as a printable page without navigation; and the links
 * to it (and to the team's calibration) that the team page loads, so the objectives module need not know scoring.
 */
@Controller
class PackPagesController {

	private final ReviewPackManagement packs;

	private final TeamManagement teams;

	private final Clock clock;

	PackPagesController(ReviewPackManagement packs, TeamManagement teams, Clock clock) {
		this.packs = packs;
		this.teams = teams;
		this.clock = clock;
	}

	@GetMapping("/teams/{teamId}/pack")
	String showPack(Shell shell, @PathVariable long teamId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
			@RequestParam(required = false) String cycle, Model model) {
		model.addAttribute("page", page(shell, teamId, week, cycle));
		return "scoring/pack-page";
	}

	@GetMapping("/teams/{teamId}/pack/print")
	String printPack(Shell shell, @PathVariable long teamId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
			@RequestParam(required = false) String cycle, Model model) {
		model.addAttribute("page", page(shell, teamId, week, cycle));
		return "scoring/pack-print";
	}

	@GetMapping("/teams/{teamId}/scoring-links")
	String showTeamLinks(Shell shell, @PathVariable long teamId, @RequestParam(required = false) Long cycle, Model model) {
		if (!teams.exists(teamId)) {
			throw new NotFoundException("team", teamId);
		}
		model.addAttribute("page", new PackTeamLinks(shell, teamId, cycle,
				ReviewPackManagement.mayRead(shell.caller(), teamId),
				CalibrationManagement.mayReadTeam(shell.caller(), teamId)));
		return "scoring/pack-team-links";
	}

	private PackPage page(Shell shell, long teamId, LocalDate week, String cycle) {
		var pack = packs.of(shell.caller(), teamId, week, cycle);
		String query = pack.scope() == ReviewPackScope.WEEK
				? "week=" + pack.from() + "&cycle=" + pack.cycle().id() : "cycle=" + pack.cycle().id();
		return new PackPage(shell, pack, query, LocalDate.now(clock.withZone(shell.t().zone())));
	}
}
