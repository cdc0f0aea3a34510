package dev.lodestar.kpis.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dev.lodestar.kpis.Handover;
import dev.lodestar.kpis.Kpi;
import dev.lodestar.kpis.RelatedKpi;
import dev.lodestar.kpis.RelatedObjective;

/** What the life-cycle endpoints answer: flat records, so a replayed answer reads back the same. */
final class KpiLifeCycleResponses {

	private KpiLifeCycleResponses() {
	}

	/** An objective a KPI is related to; {@code keyResult} is always false, said out loud for API readers. */
	record RelatedObjectiveResponse(long kpiId, long objectiveId, String relation, String title, long cycleId,
			boolean draft, long linkedBy, Instant linkedAt, boolean keyResult) {

		static RelatedObjectiveResponse of(RelatedObjective related) {
			var link = related.link();
			var objective = related.objective();
			return new RelatedObjectiveResponse(link.kpiId(), link.objectiveId(), link.relation().name(), objective.title(),
					objective.cycleId(), objective.draft(), link.linkedBy(), link.linkedAt(), false);
		}
	}

	/** A KPI related to an objective, with its health and latest measurement: context, never a key result. */
	record RelatedKpiResponse(long kpiId, long objectiveId, String name, String unit, String relation, String health,
			BigDecimal latestValue, LocalDate latestOn, Long originKeyResultId, boolean keyResult) {

		static RelatedKpiResponse of(RelatedKpi related) {
			var status = related.status();
			var kpi = status.kpi();
			return new RelatedKpiResponse(kpi.id(), related.link().objectiveId(), kpi.name(), kpi.unit(),
					related.link().relation().name(), status.health().name(),
					status.latest() == null ? null : status.latest().value(),
					status.latest() == null ? null : status.latest().measuredOn(), kpi.originKeyResultId(), false);
		}
	}

	/** The KPI a key result became, and how many measured days came with it. */
	record HandoverResponse(long id, String name, String unit, Long ownerTeamId, Long ownerPersonId, String direction,
			BigDecimal target, BigDecimal healthyThreshold, BigDecimal criticalThreshold, String frequency,
			Long originKeyResultId, int measurementsCarriedOver) {

		static HandoverResponse of(Handover handover) {
			Kpi kpi = handover.kpi();
			var targets = kpi.targets();
			return new HandoverResponse(kpi.id(), kpi.name(), kpi.unit(), kpi.owner().teamId(), kpi.owner().personId(),
					targets.direction().name(), targets.target(), targets.healthy(), targets.critical(),
					kpi.frequency().name(), kpi.originKeyResultId(), handover.measurementsCarriedOver());
		}
	}

	/** What relates a KPI to an objective. */
	record RelateRequest(Long objectiveId) {
	}
}
