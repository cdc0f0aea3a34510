package dev.lodestar.notifications;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person's own choices for what reaches them: their time zone (an IANA name such as {@code Asia/Shanghai}; none
 * means the organisation's), whether e-mail and chat reach them, and whether reminders are muted. {@code version} is
 * the one the caller read; 0 while nothing was ever chosen.
 */
public record NotificationSettings(@Size(max = 40) String timeZone, @NotNull Boolean email, @NotNull Boolean chat,
		@NotNull Boolean muted, @NotNull Integer version) {

	static NotificationSettings defaults() {
		return new NotificationSettings(null, true, true, false, 0);
	}
}
