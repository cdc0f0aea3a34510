package dev.lodestar.kpis.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.lodestar.kpis.KpiStatus;
import dev.lodestar.kpis.Measurement;
import dev.lodestar.platform.web.FormErrors;
import dev.lodestar.platform.web.Shell;

/**
 * The part of a KPI's page a measurement changes: its health, its chart and table, and the form. A recorded
 * measurement answers with this part again, so health and chart follow without a reload.
 *
 * @param series every measured day, oldest first
 * @param mayMeasure whether the reader may measure the KPI by hand (never when it is pushed through the API)
 * @param mayCorrect whether the reader may also restate an earlier day (a steward of the KPI)
 * @param recorded whether this answers a measurement just recorded
 */
public record KpiMeasurementsPart(Shell shell, KpiStatus status, List<Measurement> series, String chart,
		boolean mayMeasure, boolean mayCorrect, MeasurementForm form, FormErrors errors, boolean recorded) {

	/** The table lists the newest day first: that is what people look for. */
	public List<Measurement> newestFirst() {
		List<Measurement> reversed = new ArrayList<>(series);
		Collections.reverse(reversed);
		return reversed;
	}
}
