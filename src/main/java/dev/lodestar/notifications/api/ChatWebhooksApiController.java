package dev.lodestar.notifications.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.notifications.ChatWebhook;
import dev.lodestar.notifications.ChatWebhookManagement;
import dev.lodestar.notifications.ChatWebhookRevision;
import dev.lodestar.platform.security.Caller;

@RestController
@Tag(name = "Notifications")
class ChatWebhooksApiController {

	private final ChatWebhookManagement webhooks;

	ChatWebhooksApiController(ChatWebhookManagement webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping("/api/v1/policy/chat-webhook")
	@Operation(summary = "The organisation's chat webhook (admins): platform FEISHU, DINGTALK, WECOM, SLACK or TEAMS, its address, whether messages are signed; version 0 while none is set")
	ChatWebhook showOrganisationChatWebhook(@AuthenticationPrincipal Caller caller) {
		return webhooks.ofOrganisation(caller);
	}

	@PutMapping("/api/v1/policy/chat-webhook")
	@Operation(summary = "Set, change or (platform null) remove the organisation's chat webhook (admins); secret null keeps the saved one, blank removes it; send the version you read")
	ChatWebhook reviseOrganisationChatWebhook(@AuthenticationPrincipal Caller caller, @RequestBody ChatWebhookRevision revision) {
		return webhooks.reviseOrganisation(caller, revision);
	}

	@GetMapping("/api/v1/teams/{teamId}/chat-webhook")
	@Operation(summary = "The team's own chat webhook (its leads and admins), where its people's chat reminders go; version 0 while none is set")
	ChatWebhook showTeamChatWebhook(@AuthenticationPrincipal Caller caller, @PathVariable long teamId) {
		return webhooks.ofTeam(caller, teamId);
	}

	@PutMapping("/api/v1/teams/{teamId}/chat-webhook")
	@Operation(summary = "Set, change or (platform null) remove the team's chat webhook (its leads and admins); send the version you read")
	ChatWebhook reviseTeamChatWebhook(@AuthenticationPrincipal Caller caller, @PathVariable long teamId,
			@RequestBody ChatWebhookRevision revision) {
		return webhooks.reviseTeam(caller, teamId, revision);
	}
}
