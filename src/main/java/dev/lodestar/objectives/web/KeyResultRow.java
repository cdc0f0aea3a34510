package dev.lodestar.objectives.web;

import dev.lodestar.objectives.KeyResultView;

/** One key result as a row: where it stands, whose it is, and whether it waits for this week's check-in. */
public record KeyResultRow(KeyResultView view, String ownerName, boolean notCheckedInThisWeek, boolean mayCheckIn) {
}
