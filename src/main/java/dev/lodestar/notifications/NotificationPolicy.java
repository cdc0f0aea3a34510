package dev.lodestar.notifications;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The organisation's defaults for reminders: the hour they go out on the check-in day, in each person's own time
 * zone, and the time zone of people who chose none. {@code version} is the one the caller read.
 */
public record NotificationPolicy(@NotNull @Min(0) @Max(23) Integer reminderHour, @NotBlank @Size(max = 40) String timeZone,
		@NotNull Integer version) {
}
