package dev.lodestar.kpis;

import java.time.Clock;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.NewObjective;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveSummaries;
import dev.lodestar.objectives.Visibility;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/**
 * A KPI in critical health may start a recovery objective: a draft in the KPI owner's OKRs, in an open cycle,
 * related to the KPI as its recovery. The draft carries a suggested qualitative title that the owner rewrites and
 * confirms, or deletes: a KPI never sets someone's OKRs by itself, it proposes one. The KPI stays a KPI.
 */
@Service
public class KpiRecovery {

	private static final int TITLE_LIMIT = 200;

	private final KpiManagement kpis;

	private final KpiLinkRepository links;

	private final ObjectiveManagement objectives;

	private final ObjectiveSummaries summaries;

	private final CycleManagement cycles;

	private final InputValidator validator;

	private final MessageSource messages;

	private final Clock clock;

	KpiRecovery(KpiManagement kpis, KpiLinkRepository links, ObjectiveManagement objectives, ObjectiveSummaries summaries,
			CycleManagement cycles, InputValidator validator, MessageSource messages, Clock clock) {
		this.kpis = kpis;
		this.links = links;
		this.objectives = objectives;
		this.summaries = summaries;
		this.cycles = cycles;
		this.validator = validator;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public RecoveryStarted start(Caller actor, long kpiId, NewRecovery command) {
		validator.check(command);
		Kpi kpi = kpis.find(kpiId);
		if (!kpis.isMeasurer(actor, kpi.owner())) {
			throw new ForbiddenException("problem.forbidden.kpi-recovery");
		}
		if (kpis.status(kpiId).health() != KpiHealth.CRITICAL) {
			throw new RuleViolationException("kpi-recovery-not-critical", "kpi.recovery.not-critical.detail", kpi.name());
		}
		Cycle cycle = openCycle(command.cycleId());
		if (hasRecoveryIn(actor, kpiId, cycle.id())) {
			throw new RuleViolationException("kpi-recovery-exists", "kpi.recovery.exists.detail", kpi.name(), cycle.name());
		}
		String title = command.title() == null || command.title().isBlank() ? suggestedTitle(actor, kpi)
				: command.title().strip();
		String description = messages.getMessage("kpi.recovery.suggested-description", new Object[] { kpi.name() },
				actor.locale());
		long objectiveId = objectives.createDraft(actor, new NewObjective(cycle.id(), title, description,
				kpi.owner().teamId(), kpi.owner().personId(), Visibility.PUBLIC, null)).objective().id();
		links.insert(kpiId, objectiveId, KpiRelation.RECOVERY, actor.personId(), clock.instant());
		return new RecoveryStarted(kpiId, objectiveId, cycle.id(), title);
	}

	/** Whether the caller could start a recovery objective from this KPI now, as far as the KPI tells. */
	public boolean mayStart(Caller caller, KpiStatus status) {
		return status.health() == KpiHealth.CRITICAL && kpis.isMeasurer(caller, status.kpi().owner());
	}

	/** One recovery objective per KPI and cycle: a second click, or a second person, finds the first one instead. */
	private boolean hasRecoveryIn(Caller caller, long kpiId, long cycleId) {
		var recoveries = links.ofKpi(kpiId).stream()
			.filter(link -> link.relation() == KpiRelation.RECOVERY)
			.map(KpiLink::objectiveId)
			.toList();
		return !recoveries.isEmpty()
				&& summaries.of(caller, recoveries).stream().anyMatch(summary -> summary.cycleId() == cycleId);
	}

	private Cycle openCycle(Long requested) {
		var cycle = requested == null ? cycles.chooseOrCurrent(null) : cycles.find(requested);
		if (requested != null && cycle.isEmpty()) {
			throw InvalidInputException.of("cycleId", "validation.unknown-cycle", requested);
		}
		return cycle.filter(found -> found.state().isOpen())
			.orElseThrow(() -> new RuleViolationException("kpi-recovery-no-cycle", "kpi.recovery.no-open-cycle.detail"));
	}

	private String suggestedTitle(Caller actor, Kpi kpi) {
		String title = messages.getMessage("kpi.recovery.suggested-title", new Object[] { kpi.name() }, actor.locale());
		return title.length() <= TITLE_LIMIT ? title : title.substring(0, TITLE_LIMIT);
	}
}
