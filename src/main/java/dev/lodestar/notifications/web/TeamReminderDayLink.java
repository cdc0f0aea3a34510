package dev.lodestar.notifications.web;

import java.time.DayOfWeek;

import dev.lodestar.platform.web.Shell;

/** On the team's page, for its leads and admins: the day its people are reminded, and where to move it. */
public record TeamReminderDayLink(Shell shell, long teamId, DayOfWeek day, boolean shown) {
}
