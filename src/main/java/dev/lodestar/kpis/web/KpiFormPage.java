package dev.lodestar.kpis.web;

import java.util.List;

import dev.lodestar.kpis.KpiDirection;
import dev.lodestar.kpis.KpiFrequency;
import dev.lodestar.kpis.KpiSource;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * The form that defines a KPI ({@code kpiId} absent) or revises one: where it posts, whose KPI it is, the typed
 * values and the messages of a refused attempt.
 */
public record KpiFormPage(Shell shell, Long kpiId, String title, String action, String cancelHref, KpiForm form,
		FormErrors errors) {

	public List<KpiDirection> directions() {
		return List.of(KpiDirection.values());
	}

	public List<KpiFrequency> frequencies() {
		return List.of(KpiFrequency.values());
	}

	public List<KpiSource> sources() {
		return List.of(KpiSource.values());
	}

	public List<String> otherErrors() {
		return errors.otherThan(List.of("name", "unit", "direction", "target", "healthyThreshold", "criticalThreshold",
				"frequency", "source"));
	}
}
