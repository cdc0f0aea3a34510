package dev.lodestar.alignment.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.alignment.ContributionManagement;
import dev.lodestar.alignment.ContributionRequest;
import dev.lodestar.alignment.ContributionSide;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.Shell;

/**
 * The open contribution requests as fragments that the team page and the home page load: the alignment module
 * shows its own requests, and the pages need not know it. Each list costs the same few statements however long:
 * the requests, the key results they serve, the names of the teams.
 */
@Controller
class OpenContributionRequestsController {

	private final ContributionManagement contributions;

	private final KeyResultManagement keyResults;

	private final TeamManagement teams;

	private final Clock clock;

	OpenContributionRequestsController(ContributionManagement contributions, KeyResultManagement keyResults,
			TeamManagement teams, Clock clock) {
		this.contributions = contributions;
		this.keyResults = keyResults;
		this.teams = teams;
		this.clock = clock;
	}

	@GetMapping("/teams/{id}/contribution-requests")
	String showTeamRequests(Shell shell, @PathVariable long id, @RequestParam(required = false) Long cycle, Model model) {
		if (!teams.exists(id)) {
			throw new NotFoundException("team", id);
		}
		Caller caller = shell.caller();
		List<RequestLine> lines = lines(caller, contributions.openOf(caller, List.of(id)));
		String askLink = caller.admin() || caller.belongsTo(id) ? "/contribution-requests/new?team=" + id + (cycle == null ? "" : "&cycle=" + cycle) : null;
		model.addAttribute("page", new OpenContributionRequests(shell, id,
				lines.stream().filter(line -> line.askedTeamId() == id).toList(),
				lines.stream().filter(line -> line.askingTeamId() == id).toList(), askLink));
		return "alignment/open-contribution-requests";
	}

	/** The requests of the teams the reader leads: a lead answers for the team, so theirs wait on the home page. */
	@GetMapping("/home/contribution-requests")
	String showLeadRequests(Shell shell, Model model) {
		Caller caller = shell.caller();
		Set<Long> led = new HashSet<>();
		for (Team team : teams.teamsOf(caller.personId())) {
			if (team.leadIds().contains(caller.personId())) {
				led.add(team.id());
			}
		}
		List<RequestLine> lines = lines(caller, contributions.openOf(caller, led));
		model.addAttribute("page", new OpenContributionRequests(shell, null,
				lines.stream().filter(line -> led.contains(line.askedTeamId())).toList(),
				lines.stream().filter(line -> led.contains(line.askingTeamId())).toList(), null));
		return "alignment/open-contribution-requests";
	}

	private List<RequestLine> lines(Caller caller, List<ContributionRequest> requests) {
		if (requests.isEmpty()) {
			return List.of();
		}
		Set<Long> teamIds = new HashSet<>();
		requests.forEach(request -> teamIds.addAll(List.of(request.askingTeamId(), request.askedTeamId())));
		Map<Long, String> names = teams.namesOf(teamIds);
		Map<Long, KeyResult> served = keyResults.visibleAmong(caller, servedIds(requests));
		return requests.stream().map(request -> {
			KeyResult keyResult = served.get(request.servesKeyResultId());
			long turnTeam = request.teamOf(request.state().turn() == null ? ContributionSide.ASKED : request.state().turn());
			return new RequestLine(request.id(), request.askingTeamId(), names.get(request.askingTeamId()),
					request.askedTeamId(), names.get(request.askedTeamId()), keyResult == null ? "" : keyResult.title(),
					request.proposal().title(), names.get(turnTeam),
					Math.max(0, Duration.between(request.waitingSince(), clock.instant()).toDays()));
		}).toList();
	}

	private static Collection<Long> servedIds(List<ContributionRequest> requests) {
		return requests.stream().map(ContributionRequest::servesKeyResultId).distinct().toList();
	}
}
