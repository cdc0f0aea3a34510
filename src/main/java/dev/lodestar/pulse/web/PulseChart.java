package dev.lodestar.pulse.web;

import dev.lodestar.platform.web.Shell;
import dev.lodestar.pulse.PulseResults;

/**
 * A group's pulse over cycles, drawn beside its OKR health: a chart and the table that says the same.
 *
 * @param results null when the reader may not see this team's pulse: the fragment is then empty
 * @param chart what the chart is drawn from, as JSON
 */
public record PulseChart(Shell shell, PulseResults results, String chart) {
}
