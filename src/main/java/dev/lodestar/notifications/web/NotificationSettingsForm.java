package dev.lodestar.notifications.web;

import dev.lodestar.notifications.NotificationSettings;

/** A person's notification settings as the form sends them: an unticked box is not sent at all, so it is off. */
public record NotificationSettingsForm(String timeZone, Boolean email, Boolean chat, Boolean muted, Integer version) {

	static NotificationSettingsForm of(NotificationSettings settings) {
		return new NotificationSettingsForm(settings.timeZone() == null ? "" : settings.timeZone(), settings.email(),
				settings.chat(), settings.muted(), settings.version());
	}

	public boolean emailOn() {
		return Boolean.TRUE.equals(email);
	}

	public boolean chatOn() {
		return Boolean.TRUE.equals(chat);
	}

	public boolean mutedOn() {
		return Boolean.TRUE.equals(muted);
	}

	NotificationSettings toSettings() {
		return new NotificationSettings(timeZone, emailOn(), chatOn(), mutedOn(), version);
	}
}
