package dev.lodestar.kpis;

/**
 * How a KPI and an objective are related. Either way the KPI stays a KPI: it is shown beside the objective for
 * context and never counts as one of its key results.
 */
public enum KpiRelation {

	/** Someone related them so that readers of one see the other. */
	CONTEXT,

	/** The objective was started from the KPI in critical health, to bring it back. */
	RECOVERY;

	public String messageKey() {
		return "kpi.link.relation." + name();
	}
}
