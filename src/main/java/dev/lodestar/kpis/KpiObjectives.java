package dev.lodestar.kpis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveSummaries;
import dev.lodestar.objectives.ObjectiveSummary;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.objectives.Owner;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.security.Caller;

/**
 * Relates KPIs to objectives for context, so that each is shown beside the other. A relation is only that: the
 * objectives module never hears of it, so a related KPI cannot count as a key result, fill a cap or move a
 * progress. Whoever may steward the KPI, or change the objective, relates and unrelates them; a reader sees only the
 * objectives they may see.
 */
@Service
public class KpiObjectives {

	private final KpiLinkRepository links;

	private final KpiRepository kpis;

	private final MeasurementRepository measurements;

	private final KpiManagement management;

	private final ObjectiveManagement objectives;

	private final ObjectiveSummaries summaries;

	private final CycleManagement cycles;

	private final Clock clock;

	KpiObjectives(KpiLinkRepository links, KpiRepository kpis, MeasurementRepository measurements,
			KpiManagement management, ObjectiveManagement objectives, ObjectiveSummaries summaries, CycleManagement cycles,
			Clock clock) {
		this.links = links;
		this.kpis = kpis;
		this.measurements = measurements;
		this.management = management;
		this.objectives = objectives;
		this.summaries = summaries;
		this.cycles = cycles;
		this.clock = clock;
	}

	@Transactional
	public RelatedObjective relate(Caller actor, long kpiId, long objectiveId) {
		Kpi kpi = management.find(kpiId);
		ObjectiveView objective = objectives.find(actor, objectiveId)
			.orElseThrow(() -> InvalidInputException.of("objectiveId", "validation.unknown-objective", objectiveId));
		if (!mayRelate(actor, kpi, objective.objective().owner())) {
			throw new ForbiddenException("kpi.link.forbidden");
		}
		if (links.find(kpiId, objectiveId).isPresent()) {
			throw alreadyRelated(kpi);
		}
		try {
			links.insert(kpiId, objectiveId, KpiRelation.CONTEXT, actor.personId(), clock.instant());
		}
		catch (DuplicateKeyException relatedMeanwhile) {
			throw alreadyRelated(kpi);
		}
		KpiLink link = links.find(kpiId, objectiveId).orElseThrow();
		return new RelatedObjective(link, summaries.of(actor, List.of(objectiveId)).get(0));
	}

	/**
	 * Ends a relation for context. The relation of a recovery objective stays: it is where the objective came from,
	 * and it goes only with the objective.
	 */
	@Transactional
	public void unrelate(Caller actor, long kpiId, long objectiveId) {
		Kpi kpi = management.find(kpiId);
		KpiLink link = links.find(kpiId, objectiveId).orElseThrow(() -> new NotFoundException("kpi-link", objectiveId));
		boolean steward = management.isSteward(actor, kpi.owner());
		var objective = objectives.find(actor, objectiveId);
		if (objective.isEmpty() && !steward) {
			throw new NotFoundException("kpi-link", objectiveId);
		}
		if (!steward && !objective.get().objective().owner().includes(actor)) {
			throw new ForbiddenException("kpi.link.forbidden");
		}
		if (link.relation() == KpiRelation.RECOVERY) {
			throw new RuleViolationException("kpi-link-recovery", "kpi.link.recovery-kept.detail");
		}
		links.delete(kpiId, objectiveId);
	}

	/** The relation, if it exists and the caller may see its objective. */
	@Transactional(readOnly = true)
	public RelatedObjective find(Caller caller, long kpiId, long objectiveId) {
		management.find(kpiId);
		KpiLink link = links.find(kpiId, objectiveId).orElseThrow(() -> new NotFoundException("kpi-link", objectiveId));
		ObjectiveSummary objective = summaries.of(caller, List.of(objectiveId)).stream()
			.filter(ObjectiveSummary::visible)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("kpi-link", objectiveId));
		return new RelatedObjective(link, objective);
	}

	/** The objectives a KPI is related to that the caller may see, oldest relation first: a constant number of queries. */
	@Transactional(readOnly = true)
	public List<RelatedObjective> objectivesOf(Caller caller, long kpiId) {
		management.find(kpiId);
		List<KpiLink> related = links.ofKpi(kpiId);
		Map<Long, ObjectiveSummary> visible = summaries.of(caller, related.stream().map(KpiLink::objectiveId).toList())
			.stream()
			.filter(ObjectiveSummary::visible)
			.collect(Collectors.toMap(ObjectiveSummary::id, Function.identity()));
		return related.stream()
			.filter(link -> visible.containsKey(link.objectiveId()))
			.map(link -> new RelatedObjective(link, visible.get(link.objectiveId())))
			.toList();
	}

	/**
	 * The KPIs related to an objective the caller may see, with their health and trend: a constant number of
	 * queries, however many KPIs and measurements.
	 */
	@Transactional(readOnly = true)
	public List<RelatedKpi> kpisOf(Caller caller, long objectiveId) {
		if (!objectives.isVisible(caller, objectiveId)) {
			throw new NotFoundException("objective", objectiveId);
		}
		List<KpiLink> related = links.ofObjective(objectiveId);
		Map<Long, KpiStatus> statuses = statusesOf(related.stream().map(KpiLink::kpiId).toList());
		return related.stream()
			.filter(link -> statuses.containsKey(link.kpiId()))
			.map(link -> new RelatedKpi(link, statuses.get(link.kpiId())))
			.toList();
	}

	/**
	 * The objectives of the current cycle the caller could relate this KPI to: those they see and are not related
	 * yet; for a steward of the KPI any of them, for anyone else those they may change. A constant number of queries.
	 */
	@Transactional(readOnly = true)
	public List<ObjectiveSummary> relatable(Caller caller, Kpi kpi, Collection<Long> alreadyRelated) {
		var cycle = cycles.chooseOrCurrent(null).filter(found -> found.state().isOpen());
		if (cycle.isEmpty()) {
			return List.of();
		}
		boolean steward = management.isSteward(caller, kpi.owner());
		Set<Long> related = Set.copyOf(alreadyRelated);
		return summaries.inCycle(caller, cycle.get().id()).stream()
			.filter(ObjectiveSummary::visible)
			.filter(objective -> !related.contains(objective.id()))
			.filter(objective -> steward || objective.owner().includes(caller))
			.toList();
	}

	/** Whether the caller may change this objective, and so relate any KPI to it: one query. */
	@Transactional(readOnly = true)
	public boolean mayChange(Caller caller, long objectiveId) {
		return objectives.find(caller, objectiveId).map(found -> found.objective().owner().includes(caller)).orElse(false);
	}

	/** Whether the caller may relate this KPI to an objective of this owner. */
	public boolean mayRelate(Caller caller, Kpi kpi, Owner objectiveOwner) {
		return objectiveOwner.includes(caller) || management.isSteward(caller, kpi.owner());
	}

	private Map<Long, KpiStatus> statusesOf(List<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Measurement>> recent = new LinkedHashMap<>();
		for (Measurement measurement : measurements.recent(ids, KpiManagement.TREND_DAYS)) {
			recent.computeIfAbsent(measurement.kpiId(), id -> new ArrayList<>()).add(measurement);
		}
		Map<Long, KpiStatus> statuses = new LinkedHashMap<>();
		for (Kpi kpi : kpis.findAll(ids)) {
			statuses.put(kpi.id(), KpiStatus.of(kpi, recent.getOrDefault(kpi.id(), List.of())));
		}
		return statuses;
	}

	private static RuleViolationException alreadyRelated(Kpi kpi) {
		return new RuleViolationException("kpi-link-exists", "kpi.link.exists.detail", kpi.name());
	}
}
