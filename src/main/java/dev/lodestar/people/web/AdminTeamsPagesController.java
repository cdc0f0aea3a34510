package dev.lodestar.people.web;

import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;

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

import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.idempotency.IdempotentRequests;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.PageQuery;
import dev.lodestar.platform.web.Shell;

/** Admins shape the team tree: form teams under a parent, rename and move them, choose their leads and members. */
@Controller
class AdminTeamsPagesController {

	private final TeamManagement teams;

	private final PeopleManagement people;

	private final IdempotentRequests idempotent;

	AdminTeamsPagesController(TeamManagement teams, PeopleManagement people, IdempotentRequests idempotent) {
		this.teams = teams;
		this.people = people;
		this.idempotent = idempotent;
	}

	@GetMapping("/admin/teams")
	String showTeams(Shell shell, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("page", new AdminTeamsPage(shell, list(q, page)));
		return "people/admin-teams-page";
	}

	@GetMapping("/admin/teams/rows")
	String showTeamRows(Shell shell, @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			Model model, HttpServletResponse response) {
		TeamList list = list(q, page);
		response.setHeader("HX-Push-Url", list.address());
		model.addAttribute("page", new AdminTeamRows(shell, list));
		return "people/admin-team-rows";
	}

	@GetMapping("/admin/teams/new")
	String showNewTeam(Shell shell, @RequestParam(required = false) Long parent, Model model) {
		model.addAttribute("page", page(shell, null, TeamForm.under(parent), FormErrors.none(), null));
		return "people/admin-team-page";
	}

	@PostMapping("/admin/teams")
	String formTeam(Shell shell, @ModelAttribute TeamForm form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			var command = form.toNewTeam();
			Team team = idempotent.once(shell.caller(), form.idempotencyKey(), "POST " + request.getRequestURI(), command,
					Team.class, () -> teams.form(shell.caller(), command));
			return "redirect:/admin/teams/" + team.id() + "?done=formed";
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", page(shell, null, form, FormErrors.of(refused, shell.t()), null));
			return "people/admin-team-page";
		}
	}

	@GetMapping("/admin/teams/{id}")
	String showTeam(Shell shell, @PathVariable long id, @RequestParam(required = false) String done, Model model) {
		Team team = teams.find(id).orElseThrow(() -> new NotFoundException("team", id));
		String notice = "formed".equals(done) || "saved".equals(done) ? "admin.team." + done : null;
		model.addAttribute("page", page(shell, id, TeamForm.of(team), FormErrors.none(), notice));
		return "people/admin-team-page";
	}

	@PostMapping("/admin/teams/{id}")
	String reviseTeam(Shell shell, @PathVariable long id, @ModelAttribute TeamForm form, Model model,
			HttpServletResponse response) {
		try {
			teams.revise(shell.caller(), id, form.toRevision());
			return "redirect:/admin/teams/" + id + "?done=saved";
		}
		catch (Problem refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", page(shell, id, form, FormErrors.of(refused, shell.t()), null));
			return "people/admin-team-page";
		}
	}

	private AdminTeamPage page(Shell shell, Long id, TeamForm form, FormErrors errors, String notice) {
		var chosen = new ArrayList<Long>(form.leadIds());
		chosen.addAll(form.memberIds());
		Map<Long, String> names = people.namesOf(chosen);
		return new AdminTeamPage(shell, id, form, errors, ParentOption.of(teams.tree(), id), names, notice);
	}

	private TeamList list(String q, Integer page) {
		String query = q == null ? "" : q.strip();
		if (query.isEmpty()) {
			return new TeamList(query, teams.tree(), null, Map.of());
		}
		var matches = teams.search(query, null, PageQuery.of(page, null));
		var parentNames = teams.namesOf(matches.items().stream().map(Team::parentId).filter(Objects::nonNull).toList());
		return new TeamList(query, null, matches, parentNames);
	}
}
