package dev.lodestar.alignment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.alignment.AlignmentLinkRepository.Linked;
import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.objectives.KeyResult;
import dev.lodestar.objectives.KeyResultManagement;
import dev.lodestar.objectives.Objective;
import dev.lodestar.objectives.ObjectiveManagement;
import dev.lodestar.objectives.ObjectiveSummaries;
import dev.lodestar.objectives.ObjectiveSummary;
import dev.lodestar.objectives.ObjectiveView;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.history.Changes;
import dev.lodestar.platform.jdbc.SqlValues;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/** Links objectives to what they support, and shows an objective's alignment up and down. */
@Service
public class AlignmentManagement {

	private final AlignmentLinkRepository links;

	private final ObjectiveManagement objectives;

	private final KeyResultManagement keyResults;

	private final ObjectiveSummaries summaries;

	private final CycleManagement cycles;

	private final InputValidator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AlignmentManagement(AlignmentLinkRepository links, ObjectiveManagement objectives, KeyResultManagement keyResults,
			ObjectiveSummaries summaries, CycleManagement cycles, InputValidator validator,
			ApplicationEventPublisher events, Clock clock) {
		this.links = links;
		this.objectives = objectives;
		this.keyResults = keyResults;
		this.summaries = summaries;
		this.cycles = cycles;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	/** The objective's owners say it supports a parent objective, or a key result of one, that they may see. */
	@Transactional
	public AlignmentLink link(Caller actor, long childId, NewAlignmentLink command) {
		takeTurnToLink();
		Objective child = objectives.changeable(actor, childId);
		Parent parent = parentOf(actor, command);
		return insert(actor, child, parent, Boolean.TRUE.equals(command.rollUp()), null);
	}

	/** Turns roll-up on or off; the owners at either end of the link may. */
	@Transactional
	public AlignmentLink revise(Caller actor, long id, AlignmentLinkRevision command) {
		validator.check(command);
		AlignmentLink current = changeableLink(actor, id);
		if (!links.updateRollUp(id, command.rollUp(), command.version())) {
			throw new StaleVersionException("alignment-link", id);
		}
		events.publishEvent(new AlignmentLinkChanged(id, current.childObjectiveId(), actor.personId(), clock.instant(),
				Changes.between().field("rollUp", current.rollUp(), command.rollUp()).list()));
		return links.find(id).orElseThrow();
	}

	/** Removes a link; the owners at either end of it may. */
	@Transactional
	public void unlink(Caller actor, long id) {
		AlignmentLink current = changeableLink(actor, id);
		links.delete(id);
		events.publishEvent(new AlignmentLinkRemoved(id, current.childObjectiveId(), actor.personId(), clock.instant(),
				Changes.between()
					.field("parentObjectiveId", current.parentObjectiveId(), null)
					.field("parentKeyResultId", current.parentKeyResultId(), null)
					.list()));
	}

	@Transactional(readOnly = true)
	public AlignmentLink find(Caller caller, long id) {
		AlignmentLink link = links.find(id).orElseThrow(() -> new NotFoundException("alignment-link", id));
		if (!objectives.isVisible(caller, link.childObjectiveId()) || !objectives.isVisible(caller, link.parentObjectiveId())) {
			throw new NotFoundException("alignment-link", id);
		}
		return link;
	}

	/**
	 * What the objective supports and what supports it, in a constant number of queries. Objectives the reader
	 * may not see are left out here; only the map shows that they exist.
	 */
	@Transactional(readOnly = true)
	public ObjectiveAlignment of(Caller caller, long objectiveId) {
		if (!objectives.isVisible(caller, objectiveId)) {
			throw new NotFoundException("objective", objectiveId);
		}
		List<AlignmentLink> touching = links.touching(List.of(objectiveId));
		Set<Long> others = new HashSet<>();
		touching.forEach(link -> others.add(link.childObjectiveId() == objectiveId ? link.parentObjectiveId() : link.childObjectiveId()));
		Map<Long, ObjectiveSummary> seen = summaries.of(caller, others).stream()
			.filter(ObjectiveSummary::visible)
			.collect(Collectors.toMap(ObjectiveSummary::id, Function.identity()));
		List<Long> named = touching.stream().map(AlignmentLink::parentKeyResultId).filter(id -> id != null).toList();
		Map<Long, KeyResult> keyResultsSeen = named.isEmpty() ? Map.of() : keyResults.visibleAmong(caller, named);
		List<AlignedObjective> supports = touching.stream()
			.filter(link -> link.childObjectiveId() == objectiveId && seen.containsKey(link.parentObjectiveId()))
			.map(link -> aligned(link, seen.get(link.parentObjectiveId()), keyResultsSeen))
			.toList();
		List<AlignedObjective> supportedBy = touching.stream()
			.filter(link -> link.parentObjectiveId() == objectiveId && seen.containsKey(link.childObjectiveId()))
			.map(link -> aligned(link, seen.get(link.childObjectiveId()), keyResultsSeen))
			.toList();
		List<BigDecimal> rolled = supportedBy.stream()
			.filter(aligned -> aligned.link().rollUp() && aligned.objective().progress() != null)
			.map(aligned -> aligned.objective().progress())
			.toList();
		BigDecimal mean = rolled.isEmpty() ? null
				: SqlValues.plain(rolled.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(rolled.size()), 1, RoundingMode.HALF_UP));
		return new ObjectiveAlignment(objectiveId, supports, supportedBy, mean, rolled.size());
	}

	/**
	 * Links a child to a parent as agreed in a contribution request: whoever answered for the child's team has
	 * agreed already, so only the rules of alignment apply. An existing link between the two stays as it is.
	 */
	AlignmentLink linkAgreed(Caller actor, long childId, long parentObjectiveId, long parentKeyResultId, long requestId) {
		takeTurnToLink();
		ObjectiveView child = objectives.find(actor, childId).orElseThrow(() -> new NotFoundException("objective", childId));
		var existing = links.between(childId, parentObjectiveId);
		if (existing.isPresent()) {
			return existing.get();
		}
		ObjectiveView parent = objectives.find(actor, parentObjectiveId)
			.orElseThrow(() -> new NotFoundException("objective", parentObjectiveId));
		return insert(actor, child.objective(), new Parent(parent.objective(), parentKeyResultId), false, requestId);
	}

	/**
	 * Waits for the organisation-wide turn to add links, before any objective row is locked. Loops are checked
	 * against committed links only once no other link is being added; and taking the turn first keeps the lock
	 * order the same for every writer of links (turn, then objectives), so two of them never deadlock.
	 */
	void takeTurnToLink() {
		links.lockGuard();
	}

	private record Parent(Objective objective, Long keyResultId) {
	}

	private Parent parentOf(Caller actor, NewAlignmentLink command) {
		if (command.parentKeyResultId() != null) {
			var placed = keyResults.findPlaced(actor, command.parentKeyResultId())
				.orElseThrow(() -> InvalidInputException.of("parentKeyResultId", "validation.unknown-key-result",
						command.parentKeyResultId()));
			long objectiveId = placed.view().keyResult().objectiveId();
			if (command.parentObjectiveId() != null && command.parentObjectiveId() != objectiveId) {
				throw InvalidInputException.of("parentKeyResultId", "validation.key-result-of-other-objective");
			}
			return new Parent(objectives.find(actor, objectiveId).orElseThrow().objective(), command.parentKeyResultId());
		}
		if (command.parentObjectiveId() == null) {
			throw InvalidInputException.of("parentObjectiveId", "validation.alignment-parent-needed");
		}
		return new Parent(objectives.find(actor, command.parentObjectiveId())
			.orElseThrow(() -> InvalidInputException.of("parentObjectiveId", "validation.unknown-objective",
					command.parentObjectiveId()))
			.objective(), null);
	}

	private AlignmentLink insert(Caller actor, Objective child, Parent parent, boolean rollUp, Long requestId) {
		requireContainingCycle(child, parent.objective());
		Loops.closedBy(child.id(), parent.objective().id(), links.upwardFrom(parent.objective().id()))
			.ifPresent(loop -> refuseLoop(actor, loop));
		if (links.between(child.id(), parent.objective().id()).isPresent()) {
			throw alreadyLinked();
		}
		Instant now = clock.instant();
		long id;
		try {
			id = links.insert(new Linked(child.id(), child.cycleId()), new Linked(parent.objective().id(), parent.objective().cycleId()),
					parent.keyResultId(), rollUp, requestId, actor.personId(), now);
		}
		catch (DuplicateKeyException linkedMeanwhile) {
			throw alreadyLinked();
		}
		events.publishEvent(new AlignmentLinkAdded(id, child.id(), actor.personId(), now, Changes.between()
			.field("parentObjectiveId", null, parent.objective().id())
			.field("parentKeyResultId", null, parent.keyResultId())
			.field("rollUp", null, rollUp ? true : null)
			.list()));
		return new AlignmentLink(id, child.id(), parent.objective().id(), parent.keyResultId(), rollUp, requestId,
				actor.personId(), 0, now);
	}

	/** A parent is in the same cycle, or in a longer one that contains the child's, e.g. the year's. */
	private void requireContainingCycle(Objective child, Objective parent) {
		if (child.cycleId() == parent.cycleId()) {
			return;
		}
		Cycle childCycle = cycles.find(child.cycleId()).orElseThrow();
		Cycle parentCycle = cycles.find(parent.cycleId()).orElseThrow();
		boolean contains = !parentCycle.startsOn().isAfter(childCycle.startsOn())
				&& !parentCycle.endsOn().isBefore(childCycle.endsOn());
		if (!contains) {
			throw RuleViolationException.onField("parentObjectiveId", "alignment-cycle", "problem.alignment-cycle.detail",
					parentCycle.name(), childCycle.name());
		}
	}

	/**
	 * Refuses the link, naming the loop it would close. The words are chosen when the problem is rendered, in the
	 * reader's language, so the path is a chain of message arguments; a hidden objective is only "a private objective".
	 */
	private void refuseLoop(Caller actor, List<Long> loop) {
		Map<Long, ObjectiveSummary> named = summaries.of(actor, new HashSet<>(loop)).stream()
			.collect(Collectors.toMap(ObjectiveSummary::id, Function.identity()));
		Object path = null;
		for (int i = loop.size() - 1; i >= 0; i--) {
			ObjectiveSummary objective = named.get(loop.get(i));
			Object title = objective != null && objective.visible() ? objective.title()
					: new DefaultMessageSourceResolvable("alignment.private-objective");
			path = path == null ? title
					: new DefaultMessageSourceResolvable(new String[] { "alignment.loop-step" }, new Object[] { title, path });
		}
		throw RuleViolationException.onField("parentObjectiveId", "alignment-loop", "problem.alignment-loop.detail", path);
	}

	private static RuleViolationException alreadyLinked() {
		return RuleViolationException.onField("parentObjectiveId", "alignment-exists", "problem.alignment-exists.detail");
	}

	/** The link, if the caller owns either end and the supporting objective's cycle is still open. */
	private AlignmentLink changeableLink(Caller actor, long id) {
		// Not find(): the two ends are read here anyway, and an end the caller may not see hides the link alike.
		AlignmentLink link = links.find(id).orElseThrow(() -> new NotFoundException("alignment-link", id));
		Objective child = visibleEnd(actor, link, link.childObjectiveId());
		Objective parent = visibleEnd(actor, link, link.parentObjectiveId());
		if (!child.mayBeChangedBy(actor) && !parent.mayBeChangedBy(actor)) {
			throw new ForbiddenException("problem.forbidden.alignment-link");
		}
		// A closed cycle is history: what its objectives supported stays as it was.
		Cycle cycle = cycles.find(child.cycleId()).orElseThrow();
		if (!cycle.state().isOpen()) {
			throw new RuleViolationException("cycle-closed", "problem.cycle-closed.detail", cycle.name());
		}
		return link;
	}

	private Objective visibleEnd(Caller actor, AlignmentLink link, long objectiveId) {
		return objectives.find(actor, objectiveId)
			.orElseThrow(() -> new NotFoundException("alignment-link", link.id()))
			.objective();
	}

	private static AlignedObjective aligned(AlignmentLink link, ObjectiveSummary other, Map<Long, KeyResult> keyResultsSeen) {
		KeyResult named = link.parentKeyResultId() == null ? null : keyResultsSeen.get(link.parentKeyResultId());
		return new AlignedObjective(link, other, named == null ? null : named.title());
	}
}
