package dev.lodestar.readiness.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.FormNumbers;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.readiness.ReadinessAnswers;
import dev.lodestar.readiness.ReadinessCheck;
import dev.lodestar.readiness.ReadinessManagement;
import dev.lodestar.readiness.ReadinessQuestion;

/**
 * The team readiness check in the browser: the link on the team's page, the team's checks over cycles with the form
 * that opens one, and a check's questionnaire and result. Answers are not made idempotent by key, for the same reason
 * as in the API (ADR 0015): a resent form is refused as a second answer.
 */
@Controller
class ReadinessPagesController {

	private static final String TEAM_PAGE = "readiness/team-readiness-page";

	private static final String CHECK_PAGE = "readiness/readiness-check-page";

	private static final int CYCLES_OFFERED = 12;

	private final ReadinessManagement readiness;

	private final TeamManagement teams;

	private final CycleManagement cycles;

	private final ReadinessCharts charts;

	private final IdempotentRequests idempotent;

	ReadinessPagesController(ReadinessManagement readiness, TeamManagement teams, CycleManagement cycles, ReadinessCharts charts,
			IdempotentRequests idempotent) {
		this.readiness = readiness;
		this.teams = teams;
		this.cycles = cycles;
		this.charts = charts;
		this.idempotent = idempotent;
	}

	@GetMapping("/teams/{teamId}/readiness-link")
	String showReadinessLink(Shell shell, @PathVariable long teamId, Model model) {
		boolean shown = ReadinessManagement.mayRead(shell.caller(), teamId);
		model.addAttribute("page", new ReadinessLinkFragment(shell, teamId, shown));
		return "readiness/readiness-link";
	}

	@GetMapping("/teams/{teamId}/readiness")
	String showTeamReadiness(Shell shell, @PathVariable long teamId, Model model) {
		Team team = team(teamId);
		Long current = cycles.chooseOrCurrent(null).map(Cycle::id).orElse(null);
		model.addAttribute("page", teamPage(shell, team, OpenCheckForm.blank(current), FormErrors.none()));
		return TEAM_PAGE;
	}

	@PostMapping("/teams/{teamId}/readiness")
	String openCheck(Shell shell, @PathVariable long teamId, @ModelAttribute OpenCheckForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Team team = team(teamId);
		try {
			var command = form.toCommand();
			long id = idempotent.once(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(), command,
					ReadinessCheck.class, () -> readiness.open(shell.caller(), teamId, command)).id();
			return "redirect:/readiness-checks/" + id;
		}
		catch (NotFoundException | ForbiddenException notTheirs) {
			throw notTheirs;
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", teamPage(shell, team, form, FormErrors.of(refused, shell.t())));
			return TEAM_PAGE;
		}
	}

	@GetMapping("/readiness-checks/{id}")
	String showCheck(Shell shell, @PathVariable long id, @RequestParam(required = false) String done, Model model) {
		model.addAttribute("page", new ReadinessCheckPage(shell, readiness.find(shell.caller(), id),
				readiness.questionnaire(shell.t().locale()), Map.of(), FormErrors.none(), notice(done)));
		return CHECK_PAGE;
	}

	@PostMapping("/readiness-checks/{id}/answers")
	String answerCheck(Shell shell, @PathVariable long id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response) {
		Map<String, String> sent = new HashMap<>();
		Map<String, Integer> answers = new HashMap<>();
		for (ReadinessQuestion question : ReadinessQuestion.values()) {
			String value = form.get(question.name());
			if (value != null && !value.isBlank()) {
				sent.put(question.name(), value);
				Integer whole = FormNumbers.whole(value);
				// Not a number is out of range too: the message says which values are.
				answers.put(question.name(), whole == null ? 0 : whole);
			}
		}
		try {
			readiness.answer(shell.caller(), id, new ReadinessAnswers(answers));
			return "redirect:/readiness-checks/" + id + "?done=answered";
		}
		catch (NotFoundException | ForbiddenException notTheirs) {
			throw notTheirs;
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", new ReadinessCheckPage(shell, readiness.find(shell.caller(), id),
					readiness.questionnaire(shell.t().locale()), sent, FormErrors.of(refused, shell.t()), null));
			return CHECK_PAGE;
		}
	}

	@PostMapping("/readiness-checks/{id}/close")
	String closeCheck(Shell shell, @PathVariable long id) {
		readiness.close(shell.caller(), id);
		return "redirect:/readiness-checks/" + id + "?done=closed";
	}

	private TeamReadinessPage teamPage(Shell shell, Team team, OpenCheckForm form, FormErrors errors) {
		var history = readiness.history(shell.caller(), team.id());
		boolean mayOpen = readiness.mayOpen(shell.caller(), team);
		List<Cycle> offered = mayOpen ? cycles.list(null, new PageQuery(0, CYCLES_OFFERED)).items() : List.of();
		return new TeamReadinessPage(shell, team.id(), team.name(), history, mayOpen, offered, form, errors,
				charts.chartOf(history, shell.t()));
	}

	private static String notice(String done) {
		if ("answered".equals(done)) {
			return "readiness.answered";
		}
		return "closed".equals(done) ? "readiness.closed" : null;
	}

	private Team team(long teamId) {
		return teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
	}
}
