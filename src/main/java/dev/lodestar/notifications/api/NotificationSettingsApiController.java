package dev.lodestar.notifications.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.lodestar.notifications.NotificationPolicy;
import dev.lodestar.notifications.NotificationSettings;
import dev.lodestar.notifications.NotificationSettingsManagement;
import dev.lodestar.notifications.TeamReminderDay;
import dev.lodestar.platform.security.Caller;

@RestController
@Tag(name = "Notifications")
class NotificationSettingsApiController {

	private final NotificationSettingsManagement settings;

	NotificationSettingsApiController(NotificationSettingsManagement settings) {
		this.settings = settings;
	}

	@GetMapping("/api/v1/people/me/notification-settings")
	@Operation(summary = "The caller's own notification settings: time zone (null: the organisation's), e-mail, chat, muted; version 0 until first chosen")
	NotificationSettings showMyNotificationSettings(@AuthenticationPrincipal Caller caller) {
		return settings.settingsOf(caller);
	}

	@PutMapping("/api/v1/people/me/notification-settings")
	@Operation(summary = "Change the caller's own notification settings; an unknown time zone is refused on its field, a stale version with 409")
	NotificationSettings reviseMyNotificationSettings(@AuthenticationPrincipal Caller caller,
			@RequestBody NotificationSettings revision) {
		return settings.revise(caller, revision);
	}

	@GetMapping("/api/v1/policy/notifications")
	@Operation(summary = "The hour reminders go out on the check-in day, in each person's time zone, and the organisation's default time zone")
	NotificationPolicy showNotificationPolicy() {
		return settings.policy();
	}

	@PutMapping("/api/v1/policy/notifications")
	@Operation(summary = "Change the reminder hour or the default time zone (admins); send the version you read")
	NotificationPolicy reviseNotificationPolicy(@AuthenticationPrincipal Caller caller, @RequestBody NotificationPolicy revision) {
		return settings.revisePolicy(caller, revision);
	}

	@GetMapping("/api/v1/teams/{teamId}/reminder-day")
	@Operation(summary = "The day the team's people are reminded to check in; weekday null: the organisation's check-in day")
	TeamReminderDay showTeamReminderDay(@PathVariable long teamId) {
		return settings.reminderDayOf(teamId);
	}

	@PutMapping("/api/v1/teams/{teamId}/reminder-day")
	@Operation(summary = "Move the team's reminder day (its leads and admins); weekday null goes back to the organisation's; send the version you read")
	TeamReminderDay reviseTeamReminderDay(@AuthenticationPrincipal Caller caller, @PathVariable long teamId,
			@RequestBody TeamReminderDay revision) {
		return settings.reviseReminderDay(caller, teamId, revision);
	}
}
