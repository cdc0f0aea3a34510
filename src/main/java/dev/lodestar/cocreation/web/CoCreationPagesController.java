package dev.lodestar.cocreation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import dev.lodestar.cocreation.CoCreationManagement;
import dev.lodestar.cocreation.CoCreationSession;
import dev.lodestar.cocreation.Invitation;
import dev.lodestar.cocreation.Invitee;
import dev.lodestar.cocreation.SessionsOfTeam;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.cycles.CycleState;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.live.LiveUpdates;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

/**
 * Co-creation in the browser: a team's sessions, and a session's page, whose board is one live part. Every change
 * sends a bare {@code cocreation-changed} signal down the page's event stream and the board fetches itself again,
 * with its reader's permissions; so does a page whose stream reconnects, which is how someone who dropped out
 * catches up. Forms someone is typing into are kept across those refreshes ({@code hx-preserve}).
 */
@Controller
class CoCreationPagesController {

	private final CoCreationManagement cocreation;

	private final CycleManagement cycles;

	private final TeamManagement teams;

	private final LiveUpdates live;

	CoCreationPagesController(CoCreationManagement cocreation, CycleManagement cycles, TeamManagement teams,
			LiveUpdates live) {
		this.cocreation = cocreation;
		this.cycles = cycles;
		this.teams = teams;
		this.live = live;
	}

	@GetMapping("/teams/{teamId}/co-creation-link")
	String showLink(Shell shell, @PathVariable long teamId, Model model) {
		model.addAttribute("page", new LinkFragment(shell, teamId));
		return "cocreation/co-creation-link";
	}

	@GetMapping("/home/co-creation-invitations")
	String showInvitations(Shell shell, Model model) {
		List<CoCreationSession> invitations = cocreation.invitationsOf(shell.caller());
		Map<Long, String> teamNames = teams.namesOf(invitations.stream().map(CoCreationSession::teamId).toList());
		model.addAttribute("page", new InvitationsFragment(shell, invitations, teamNames));
		return "cocreation/invitations";
	}

	@GetMapping("/objectives/{objectiveId}/co-creation-origin")
	String showOrigin(Shell shell, @PathVariable long objectiveId, Model model) {
		model.addAttribute("page", new OriginFragment(shell, cocreation.originOf(shell.caller(), objectiveId).orElse(null)));
		return "cocreation/origin";
	}

	@GetMapping("/teams/{teamId}/co-creation")
	String showTeamSessions(Shell shell, @PathVariable long teamId, @RequestParam(required = false) Long cycle,
			Model model) {
		model.addAttribute("page", teamPage(shell, teamId,
				OpenForm.blank(cycles.chooseOrCurrent(cycle).map(Cycle::id).orElse(null)), FormErrors.none()));
		return "cocreation/team-sessions-page";
	}

	@PostMapping("/teams/{teamId}/co-creation")
	String open(Shell shell, @PathVariable long teamId, @ModelAttribute OpenForm form, Model model,
			HttpServletResponse response) {
		try {
			CoCreationSession session = cocreation.open(shell.caller(), teamId, form.toCommand());
			return "redirect:/co-creation/" + session.id();
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", teamPage(shell, teamId, form, FormErrors.of(refused, shell.t())));
			return "cocreation/team-sessions-page";
		}
	}

	/** Opening a running session is joining it, for those who may take part. */
	@GetMapping("/co-creation/{id}")
	String showSession(Shell shell, @PathVariable long id, Model model) {
		CoCreationSession session = cocreation.find(shell.caller(), id);
		if (session.state().running() && cocreation.mayTakePart(shell.caller(), id)) {
			cocreation.join(shell.caller(), id);
		}
		model.addAttribute("page", sessionPage(shell, id, FormErrors.none(), List.of()));
		return "cocreation/session-page";
	}

	@GetMapping("/co-creation/{id}/board")
	String showBoard(Shell shell, @PathVariable long id, Model model) {
		model.addAttribute("page", new BoardFragment(shell, cocreation.board(shell.caller(), id)));
		return "cocreation/board";
	}

	/** The page's event stream: bare signals only, so anyone who may read the board may follow it. */
	@GetMapping(path = "/co-creation/{id}/live", produces = "text/event-stream")
	@ResponseBody
	SseEmitter follow(Shell shell, @PathVariable long id) {
		return live.subscribe(cocreation.find(shell.caller(), id).topic());
	}

	@PostMapping("/co-creation/{id}/invitations")
	String invite(Shell shell, @PathVariable long id, @RequestParam(name = "personIds", required = false) List<String> personIds,
			Model model, HttpServletResponse response) {
		try {
			cocreation.invite(shell.caller(), id, new Invitation(personIds == null ? List.of()
					: personIds.stream().map(FormText::id).toList()));
			return "redirect:/co-creation/" + id;
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", sessionPage(shell, id, FormErrors.of(refused, shell.t()), List.of()));
			return "cocreation/session-page";
		}
	}

	SessionPage sessionPage(Shell shell, long id, FormErrors inviteErrors, List<String> notices) {
		var board = cocreation.board(shell.caller(), id);
		var invitees = board.facilitator() && board.session().state().running()
				? cocreation.inviteesFor(shell.caller(), board.session().teamId()) : List.<Invitee>of();
		return new SessionPage(shell, new BoardFragment(shell, board), invitees, inviteErrors, notices);
	}

	private TeamSessionsPage teamPage(Shell shell, long teamId, OpenForm form, FormErrors errors) {
		SessionsOfTeam sessions = cocreation.ofTeam(shell.caller(), teamId);
		Map<Long, String> cycleNames = cycles.findAll(sessions.sessions().stream().map(CoCreationSession::cycleId)
			.collect(Collectors.toSet())).stream().collect(Collectors.toMap(Cycle::id, Cycle::name));
		List<Cycle> open = new ArrayList<>();
		if (sessions.mayOpen()) {
			PageQuery first = new PageQuery(0, PageQuery.DEFAULT_SIZE);
			open.addAll(cycles.list(CycleState.ACTIVE, first).items());
			open.addAll(cycles.list(CycleState.PLANNING, first).items());
		}
		return new TeamSessionsPage(shell, sessions, cycleNames, open,
				sessions.mayOpen() ? cocreation.inviteesFor(shell.caller(), teamId) : List.of(), form, errors);
	}
}
