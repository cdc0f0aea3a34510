package dev.lodestar.kpis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

import dev.lodestar.platform.security.Caller;
import dev.lodestar.support.Api;

/**
 * KPIs made straight through {@link KpiManagement}, for the life-cycle tests: the KPI API and pages are another
 * feature's, and these tests are about what happens between KPIs and objectives.
 */
final class LifeCycleFixtures {

	private final KpiManagement kpis;

	private final Api api;

	LifeCycleFixtures(KpiManagement kpis, Api api) {
		this.kpis = kpis;
		this.api = api;
	}

	Caller admin() {
		return new Caller(api.admin().personId(), "", true, Locale.ENGLISH, Set.of());
	}

	/** A team's KPI, higher is better: healthy at 90 and above, critical below 50. */
	Kpi teamKpi(long teamId, String name) {
		return kpis.define(admin(), new NewKpi(Api.unique(name), "orders", teamId, null, KpiDirection.HIGHER_IS_BETTER,
				new BigDecimal("100"), new BigDecimal("90"), new BigDecimal("50"), KpiFrequency.WEEKLY, null));
	}

	/** Measures a KPI, {@code daysAgo} days before today. */
	void measure(Kpi kpi, int daysAgo, String value) {
		kpis.measure(admin(), kpi.id(), new NewMeasurement(LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo),
				new BigDecimal(value), false, null));
	}

	Kpi criticalTeamKpi(long teamId, String name) {
		Kpi kpi = teamKpi(teamId, name);
		measure(kpi, 2, "95");
		measure(kpi, 1, "20");
		return kpi;
	}
}
