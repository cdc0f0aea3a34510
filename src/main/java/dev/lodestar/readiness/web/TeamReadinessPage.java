package dev.lodestar.readiness.web;

import java.util.List;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;
import dev.lodestar.readiness.ReadinessCondition;
import dev.lodestar.readiness.ReadinessHistoryEntry;

/**
 * A team's readiness checks over cycles, and for its leads and admins the form that opens the next one.
 *
 * @param chart the history's line chart as JSON for {@code readiness-chart.js}; null while no check has a result
 */
public record TeamReadinessPage(Shell shell, long teamId, String teamName, List<ReadinessHistoryEntry> history, boolean mayOpen,
		List<Cycle> cycles, OpenCheckForm form, FormErrors errors, String chart) {

	public List<ReadinessCondition> conditions() {
		return List.of(ReadinessCondition.values());
	}

	public List<String> otherErrors() {
		return errors.otherThan(List.of("cycleId"));
	}
}
