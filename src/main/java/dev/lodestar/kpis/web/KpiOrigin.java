package dev.lodestar.kpis.web;

/**
 * The key result a KPI was carried over from, as far as the reader may see it: without a title and a place when
 * its objective is hidden from them.
 */
public record KpiOrigin(long keyResultId, Long objectiveId, String title) {

	public boolean visible() {
		return objectiveId != null;
	}
}
