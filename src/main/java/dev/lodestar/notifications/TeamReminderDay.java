package dev.lodestar.notifications;

import java.time.DayOfWeek;

import jakarta.validation.constraints.NotNull;

/**
 * The day a team is reminded on: {@code weekday} null means the organisation's check-in day. {@code version} is the
 * one the caller read; 0 while the team never chose.
 */
public record TeamReminderDay(DayOfWeek weekday, @NotNull Integer version) {
}
