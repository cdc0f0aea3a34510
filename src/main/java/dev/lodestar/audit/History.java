package dev.lodestar.audit;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.history.AuditedBatch;
import dev.lodestar.platform.history.AuditedChange;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

/**
 * Keeps every change. It listens synchronously, inside the writer's transaction: the change and its record
 * commit together, so the history has no gaps and records nothing that did not happen.
 */
@Service
public class History {

	private final HistoryRepository entries;

	private final ObjectiveManagement objectives;

	History(HistoryRepository entries, ObjectiveManagement objectives) {
		this.entries = entries;
		this.objectives = objectives;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void record(AuditedChange change) {
		entries.append(change);
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void recordAll(AuditedBatch batch) {
		entries.appendAll(batch.entries());
	}

	/** Changes to an objective, its key results and their check-ins, newest first, for whoever may see it. */
	@Transactional(readOnly = true)
	public Page<HistoryEntry> ofObjective(Caller caller, long objectiveId, PageQuery page) {
		if (!objectives.isVisible(caller, objectiveId)) {
			throw new NotFoundException("objective", objectiveId);
		}
		return Page.of(entries.ofObjective(objectiveId, page), page, entries.countOfObjective(objectiveId));
	}

	/** Changes to one person, team, cycle, KPI or the caps, for admins. */
	@Transactional(readOnly = true)
	public Page<HistoryEntry> ofSubject(Caller caller, String subjectType, long subjectId, PageQuery page) {
		caller.requireAdmin();
		String type = subjectType.toUpperCase(Locale.ROOT);
		return Page.of(entries.ofSubject(type, subjectId, page), page, entries.countOfSubject(type, subjectId));
	}
}
