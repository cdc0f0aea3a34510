package dev.lodestar.notifications.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lodestar.notifications.ChatWebhook;
import dev.lodestar.notifications.ChatWebhookManagement;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.Problem;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/** The organisation's chat webhook, for admins, and a team's own, for its leads and admins. */
@Controller
class ChatWebhookPagesController {

	private static final String PAGE = "notifications/chat-webhook-page";

	private final ChatWebhookManagement webhooks;

	private final TeamManagement teams;

	ChatWebhookPagesController(ChatWebhookManagement webhooks, TeamManagement teams) {
		this.webhooks = webhooks;
		this.teams = teams;
	}

	@GetMapping("/admin/chat-webhook")
	String showOrganisationWebhook(Shell shell, @RequestParam(required = false) String done, Model model) {
		return show(shell, null, webhooks.ofOrganisation(shell.caller()), done, model);
	}

	@PostMapping("/admin/chat-webhook")
	String reviseOrganisationWebhook(Shell shell, @ModelAttribute ChatWebhookForm form, Model model,
			HttpServletResponse response) {
		return revise(shell, null, form, () -> webhooks.reviseOrganisation(shell.caller(), form.toRevision()), model,
				response);
	}

	@GetMapping("/teams/{teamId}/chat-webhook")
	String showTeamWebhook(Shell shell, @PathVariable long teamId, @RequestParam(required = false) String done, Model model) {
		return show(shell, team(teamId), webhooks.ofTeam(shell.caller(), teamId), done, model);
	}

	@PostMapping("/teams/{teamId}/chat-webhook")
	String reviseTeamWebhook(Shell shell, @PathVariable long teamId, @ModelAttribute ChatWebhookForm form, Model model,
			HttpServletResponse response) {
		Team team = team(teamId);
		return revise(shell, team, form, () -> webhooks.reviseTeam(shell.caller(), teamId, form.toRevision()), model,
				response);
	}

	private String show(Shell shell, Team team, ChatWebhook webhook, String done, Model model) {
		model.addAttribute("page", new ChatWebhookPage(shell, team == null ? null : team.id(), team == null ? null : team.name(),
				ChatWebhookForm.of(webhook), webhook.signed(), FormErrors.none(),
				"saved".equals(done) ? "notifications.chat.saved" : null));
		return PAGE;
	}

	private String revise(Shell shell, Team team, ChatWebhookForm form, Supplier<ChatWebhook> change, Model model,
			HttpServletResponse response) {
		try {
			change.get();
			return "redirect:" + (team == null ? "/admin/chat-webhook" : "/teams/" + team.id() + "/chat-webhook") + "?done=saved";
		}
		catch (Problem refused) {
			response.setStatus(refused.status() == HttpStatus.FORBIDDEN ? HttpStatus.FORBIDDEN.value()
					: HttpStatus.UNPROCESSABLE_CONTENT.value());
			boolean signed = refused.status() != HttpStatus.FORBIDDEN && (team == null ? webhooks.ofOrganisation(shell.caller())
					: webhooks.ofTeam(shell.caller(), team.id())).signed();
			model.addAttribute("page", new ChatWebhookPage(shell, team == null ? null : team.id(),
					team == null ? null : team.name(), form, signed, FormErrors.of(refused, shell.t()), null));
			return PAGE;
		}
	}

	private Team team(long teamId) {
		return teams.find(teamId).orElseThrow(() -> new NotFoundException("team", teamId));
	}
}
