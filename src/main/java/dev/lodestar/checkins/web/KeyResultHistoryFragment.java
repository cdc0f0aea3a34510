package dev.lodestar.checkins.web;

import java.util.List;

import dev.lodestar.objectives.KeyResult;
import dev.lodestar.platform.web.Shell;

/**
 * A key result's check-ins, newest first, as a chart and a table. {@code chart} is the JSON the chart is drawn
 * from, oldest first; {@code total} counts them all, when more exist than are shown.
 */
public record KeyResultHistoryFragment(Shell shell, KeyResult keyResult, List<CheckInLine> lines, long total, String chart) {
}
