package dev.lodestar.notifications.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.checkins.CheckInPolicyManagement;
import dev.lodestar.notifications.NotificationSettingsManagement;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** A team's reminder day: a line on the team's page for its leads, and the form that moves it. */
@Controller
class TeamReminderDayPagesController {

	private static final String PAGE = "notifications/team-reminder-day-page";

	private final NotificationSettingsManagement settings;

	private final CheckInPolicyManagement checkInPolicy;

	private final TeamManagement teams;

	TeamReminderDayPagesController(NotificationSettingsManagement settings, CheckInPolicyManagement checkInPolicy,
			TeamManagement teams) {
		this.settings = settings;
		this.checkInPolicy = checkInPolicy;
		this.teams = teams;
	}

	@GetMapping("/teams/{teamId}/reminder-day-link")
	String showReminderDayLink(Shell shell, @PathVariable long teamId, Model model) {
		Team team = team(teamId);
		var day = settings.reminderDayOf(teamId).weekday();
		model.addAttribute("page", new TeamReminderDayLink(shell, teamId, day == null ? checkInPolicy.current().weekday() : day,
				shell.caller().admin() || team.leadIds().contains(shell.caller().personId())));
		return "notifications/team-reminder-day-link";
	}

	@GetMapping("/teams/{teamId}/reminder-day")
	String showReminderDay(Shell shell, @PathVariable long teamId, @RequestParam(required = false) String done, Model model) {
		model.addAttribute("page", page(shell, team(teamId), TeamReminderDayForm.of(settings.reminderDayOf(teamId)),
				FormErrors.none(), "saved".equals(done) ? "notifications.team-day.saved" : null));
		return PAGE;
	}

	@PostMapping("/teams/{teamId}/reminder-day")
	String reviseReminderDay(Shell shell, @PathVariable long teamId, @ModelAttribute TeamReminderDayForm form, Model model,
			HttpServletResponse response) {
		Team team = team(teamId);
		try {
			settings.reviseReminderDay(shell.caller(), teamId, form.toDay());
			return "redirect:/teams/" + teamId + "/reminder-day?done=saved";
		}
		catch (Problem refused) {
			response.setStatus(refused.status() == HttpStatus.FORBIDDEN ? HttpStatus.FORBIDDEN.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", page(shell, team, form, FormErrors.of(refused, shell.t()), null));
			return PAGE;
		}
	}

	private TeamReminderDayPage page(Shell shell, Team team, TeamReminderDayForm form, FormErrors errors, String notice) {
		return new TeamReminderDayPage(shell, team.id(), team.name(), form, checkInPolicy.current().weekday(), errors, notice);
	}

	private Team team(long teamId) {
		return teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
	}
}
