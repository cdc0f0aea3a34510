package dev.lodestar.objectives;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.history.Changes;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/** Adds, changes, moves and removes key results, within the cap of their objective. */
@Service
public class KeyResultManagement {

	private final KeyResultRepository keyResults;

	private final ObjectiveRepository objectives;

	private final ObjectiveManagement objectiveManagement;

	private final ObjectiveViews views;

	private final CycleManagement cycles;

	private final PeopleManagement people;

	private final InputValidator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CapRefusals refusals;

	KeyResultManagement(KeyResultRepository keyResults, ObjectiveRepository objectives,
			ObjectiveManagement objectiveManagement, ObjectiveViews views, CycleManagement cycles,
			PeopleManagement people, InputValidator validator, ApplicationEventPublisher events, Clock clock,
			CapRefusals refusals) {
		this.keyResults = keyResults;
		this.refusals = refusals;
		this.objectives = objectives;
		this.objectiveManagement = objectiveManagement;
		this.views = views;
		this.cycles = cycles;
		this.people = people;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public KeyResultView add(Caller actor, long objectiveId, NewKeyResult command) {
		validator.check(command);
		var measure = KeyResultRules.check(command.kind(), command.start(), command.target(), command.unit());
		return add(actor, objectiveManagement.changeable(actor, objectiveId), command, measure, false);
	}

	/**
	 * Adds a draft key result to an objective on its owners' word, established by the caller (a contribution
	 * request the owner team accepted or proposed): the actor need not be an owner. The cap holds as always.
	 */
	@Transactional
	public KeyResultView addDraft(Caller actor, long objectiveId, NewKeyResult command) {
		validator.check(command);
		var measure = KeyResultRules.check(command.kind(), command.start(), command.target(), command.unit());
		Objective objective = objectives.findVisible(actor, objectiveId, true)
			.orElseThrow(() -> new NotFoundException("objective", objectiveId));
		ObjectiveManagement.requireOpen(cycles.find(objective.cycleId()).orElseThrow());
		return add(actor, objective, command, measure, true);
	}

	/** The owners take a draft key result as their own. */
	@Transactional
	public KeyResultView confirm(Caller actor, long id, DraftConfirmation command) {
		validator.check(command);
		int version = command.version();
		KeyResult current = keyResults.find(id).orElseThrow(() -> new NotFoundException("key-result", id));
		objectiveManagement.changeable(actor, current.objectiveId());
		if (!current.draft()) {
			throw new RuleViolationException("not-a-draft", "problem.not-a-draft.detail");
		}
		Instant now = clock.instant();
		if (!keyResults.confirm(id, version, now)) {
			throw new StaleVersionException("key-result", id);
		}
		events.publishEvent(new KeyResultChanged(id, current.objectiveId(), actor.personId(), now,
				Changes.between().field("draft", true, false).list()));
		return views.of(new KeyResult(id, current.objectiveId(), current.position(), current.title(), current.kind(),
				current.start(), current.target(), current.unit(), current.ownerPersonId(), current.version() + 1, false));
	}

	private KeyResultView add(Caller actor, Objective objective, NewKeyResult command, KeyResultRules.Measure measure,
			boolean asDraft) {
		requireActiveOwner(command.ownerPersonId());
		int position = nextPositionWithinCap(objective, actor);
		KeyResult draft = new KeyResult(0, objective.id(), position, command.title().strip(), command.kind(),
				measure.start(), measure.target(), measure.unit(), command.ownerPersonId(), 0, asDraft);
		Instant now = clock.instant();
		long id = keyResults.insert(draft, now);
		KeyResult added = new KeyResult(id, draft.objectiveId(), position, draft.title(), draft.kind(), draft.start(),
				draft.target(), draft.unit(), draft.ownerPersonId(), 0, asDraft);
		events.publishEvent(new KeyResultAdded(id, objective.id(), actor.personId(), now, Changes.between()
			.field("title", null, added.title())
			.field("kind", null, added.kind())
			.field("start", null, added.start())
			.field("target", null, added.target())
			.field("unit", null, added.unit())
			.field("ownerPersonId", null, added.ownerPersonId())
			.field("draft", null, asDraft ? true : null)
			.list()));
		return KeyResultView.of(added, null);
	}

	@Transactional
	public KeyResultView revise(Caller actor, long id, KeyResultRevision command) {
		validator.check(command);
		KeyResult current = keyResults.find(id).orElseThrow(() -> new NotFoundException("key-result", id));
		Objective objective = objectiveManagement.changeable(actor, current.objectiveId());
		if (command.kind() != current.kind()) {
			throw InvalidInputException.of("kind", "validation.kind-fixed");
		}
		var measure = KeyResultRules.check(command.kind(), command.start(), command.target(), command.unit());
		requireActiveOwner(command.ownerPersonId());
		long objectiveId = current.objectiveId();
		int position = current.position();
		if (command.objectiveId() != null && command.objectiveId() != current.objectiveId()) {
			Objective destination = objectives.findVisible(actor, command.objectiveId(), true)
				.orElseThrow(() -> InvalidInputException.of("objectiveId", "validation.unknown-objective", command.objectiveId()));
			if (destination.cycleId() != objective.cycleId()) {
				throw InvalidInputException.of("objectiveId", "validation.other-cycle");
			}
			if (!destination.mayBeChangedBy(actor)) {
				throw new ForbiddenException("problem.forbidden.objective-owner");
			}
			objectiveId = destination.id();
			position = nextPositionWithinCap(destination, actor);
		}
		KeyResult revised = new KeyResult(id, objectiveId, position, command.title().strip(), current.kind(),
				measure.start(), measure.target(), measure.unit(), command.ownerPersonId(), current.version() + 1,
				current.draft());
		Instant now = clock.instant();
		if (!keyResults.update(revised, command.version(), now)) {
			throw new StaleVersionException("key-result", id);
		}
		events.publishEvent(new KeyResultChanged(id, revised.objectiveId(), actor.personId(), now, Changes.between()
			.field("objectiveId", current.objectiveId(), revised.objectiveId())
			.field("title", current.title(), revised.title())
			.field("start", current.start(), revised.start())
			.field("target", current.target(), revised.target())
			.field("unit", current.unit(), revised.unit())
			.field("ownerPersonId", current.ownerPersonId(), revised.ownerPersonId())
			.list()));
		return views.of(revised);
	}

	@Transactional
	public void remove(Caller actor, long id) {
		KeyResult current = keyResults.find(id).orElseThrow(() -> new NotFoundException("key-result", id));
		objectiveManagement.changeable(actor, current.objectiveId());
		keyResults.delete(id);
		events.publishEvent(new KeyResultRemoved(id, current.objectiveId(), actor.personId(), clock.instant(),
				Changes.between().field("title", current.title(), null).list()));
	}

	@Transactional(readOnly = true)
	public Optional<KeyResultView> find(Caller caller, long id) {
		return visible(caller, id).map(views::of);
	}

	/** A key result with where it stands and its objective's owner, if the caller may see it. */
	@Transactional(readOnly = true)
	public Optional<PlacedKeyResult> findPlaced(Caller caller, long id) {
		return keyResults.findVisible(caller, id)
			.map(placed -> new PlacedKeyResult(views.of(placed.keyResult()), placed.owner(), placed.cycleId()));
	}

	/** Which of these key results the caller may see, by id: one query, to filter a list made elsewhere. */
	@Transactional(readOnly = true)
	public Map<Long, KeyResult> visibleAmong(Caller caller, Collection<Long> ids) {
		Map<Long, KeyResult> visible = new HashMap<>();
		keyResults.findVisible(caller, ids).forEach(placed -> visible.put(placed.keyResult().id(), placed.keyResult()));
		return visible;
	}

	/** The confirmed key results a person owns in these cycles, as far as the caller may see them: one query. */
	@Transactional(readOnly = true)
	public List<KeyResult> ownedBy(Caller caller, long personId, Collection<Long> cycleIds) {
		return keyResults.ownedBy(caller, personId, cycleIds);
	}

	/** Who owns the key result's objective, and the key result's own owner, if the caller may see it: one query. */
	@Transactional(readOnly = true)
	public Optional<List<Owner>> ownersOf(Caller caller, long id) {
		return keyResults.findVisible(caller, id)
			.map(placed -> List.of(placed.owner(), Owner.person(placed.keyResult().ownerPersonId())));
	}

	/** The key result, if the caller may see its objective. */
	@Transactional(readOnly = true)
	public Optional<KeyResult> visible(Caller caller, long id) {
		return keyResults.findVisible(caller, id).map(KeyResultRepository.Placed::keyResult);
	}

	/**
	 * The key result the caller wants to check in on: visible to them (else not found), in an open cycle, and
	 * theirs to update: its owner, or whoever may change its objective.
	 */
	@Transactional(readOnly = true)
	public KeyResult forCheckIn(Caller caller, long id) {
		var placed = keyResults.findVisible(caller, id).orElseThrow(() -> new NotFoundException("key-result", id));
		if (placed.keyResult().ownerPersonId() != caller.personId() && !placed.owner().includes(caller)) {
			throw new ForbiddenException("problem.forbidden.check-in");
		}
		ObjectiveManagement.requireOpen(cycles.find(placed.cycleId()).orElseThrow());
		return placed.keyResult();
	}

	private int nextPositionWithinCap(Objective objective, Caller actor) {
		var occupancy = keyResults.occupancyOf(objective.id());
		if (occupancy.count() >= occupancy.cap()) {
			throw refusals.refuse(ObjectiveCaps.keyResultCapReached(occupancy.cap()), objective.cycleId(), objective.owner(),
					objective.id(), CapRefusal.Kind.KEY_RESULT, actor.personId());
		}
		return occupancy.nextPosition();
	}

	private void requireActiveOwner(long personId) {
		if (people.activeAmong(List.of(personId)).isEmpty()) {
			throw InvalidInputException.of("ownerPersonId", "validation.unknown-person", personId);
		}
	}
}
