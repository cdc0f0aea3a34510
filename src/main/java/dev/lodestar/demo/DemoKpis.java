package dev.lodestar.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.lodestar.kpis.KpiDirection;
import dev.lodestar.kpis.KpiFrequency;
import dev.lodestar.kpis.KpiManagement;
import dev.lodestar.kpis.KpiSource;
import dev.lodestar.kpis.NewKpi;
import dev.lodestar.kpis.NewMeasurement;

/**
 * The execution metrics the demo company runs beside its OKRs: a few team KPIs with twelve weeks of measurements,
 * healthy, drifting and one in critical health (search latency), so the boards and a recovery objective have
 * something to show. Each is defined by its team's lead, as in real life.
 */
@Component
class DemoKpis {

	private static final int WEEKS = 12;

	/** A demo KPI and its weekly values, oldest first. */
	private record DemoKpi(String teamKey, String name, String unit, KpiDirection direction, String target,
			String healthy, String critical, KpiSource source, double... weekly) {
	}

	private static final List<DemoKpi> KPIS = List.of(
			new DemoKpi("platform", "Uptime / 可用性", "%", KpiDirection.HIGHER_IS_BETTER, "99.9", "99.8", "99.5",
					KpiSource.API, 99.95, 99.9, 99.92, 99.7, 99.85, 99.9, 99.96, 99.93, 99.9, 99.88, 99.91, 99.94),
			new DemoKpi("search", "Search latency p95 / 搜索 p95 延迟", "ms", KpiDirection.LOWER_IS_BETTER, "300",
					"350", "450", KpiSource.API, 310, 320, 335, 340, 360, 390, 410, 420, 445, 470, 480, 495),
			new DemoKpi("payments", "Failed payments / 支付失败率", "%", KpiDirection.LOWER_IS_BETTER, "0.5", "0.8",
					"1.5", KpiSource.MANUAL, 0.9, 0.85, 0.8, 0.75, 0.7, 0.72, 0.68, 0.6, 0.62, 0.58, 0.55, 0.52),
			new DemoKpi("sales", "New revenue / 新增收入", "k¥", KpiDirection.HIGHER_IS_BETTER, "800", "720", "560",
					KpiSource.MANUAL, 610, 640, 700, 690, 730, 710, 680, 650, 690, 700, 705, 710),
			new DemoKpi("operations", "Support first response / 客服首次响应", "h", KpiDirection.LOWER_IS_BETTER, "4",
					"4", "8", KpiSource.MANUAL, 5.5, 5.2, 4.8, 4.6, 4.1, 3.9, 3.8, 3.5, 3.6, 3.4, 3.2, 3.1),
			new DemoKpi("data", "Data freshness / 数据新鲜度", "min", KpiDirection.WITHIN_BAND, "60", "15", "45",
					KpiSource.MANUAL, 58, 62, 70, 75, 66, 61, 55, 80, 64, 59, 63, 60));

	private final KpiManagement kpis;

	DemoKpis(KpiManagement kpis) {
		this.kpis = kpis;
	}

	/** Defines the KPIs and their last twelve weekly measurements, Mondays up to this week's; returns how many KPIs. */
	int define(DemoCast cast, LocalDate today) {
		LocalDate lastMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		for (DemoKpi demo : KPIS) {
			long teamId = cast.teamId(demo.teamKey());
			var lead = cast.caller(cast.roster(demo.teamKey()).get(0));
			var kpi = kpis.define(lead, new NewKpi(demo.name(), demo.unit(), teamId, null, demo.direction(),
					new BigDecimal(demo.target()), new BigDecimal(demo.healthy()), new BigDecimal(demo.critical()),
					KpiFrequency.WEEKLY, demo.source()));
			for (int week = 0; week < WEEKS; week++) {
				LocalDate monday = lastMonday.minusWeeks(WEEKS - 1 - week);
				kpis.measure(lead, kpi.id(), new NewMeasurement(monday, BigDecimal.valueOf(demo.weekly()[week]), false, null));
			}
		}
		return KPIS.size();
	}
}
