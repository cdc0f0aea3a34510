package dev.lodestar.objectives;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dev.lodestar.cycles.Cycle;
import dev.lodestar.cycles.CycleManagement;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.history.Changes;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

/** Sets, rewords and deletes objectives, and shows them to whoever may see them. */
@Service
public class ObjectiveManagement {

	private final ObjectiveRepository objectives;

	private final ObjectiveViews views;

	private final CycleManagement cycles;

	private final PeopleManagement people;

	private final TeamManagement teams;

	private final InputValidator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate savepoint;

	private final CapRefusals refusals;

	ObjectiveManagement(ObjectiveRepository objectives, ObjectiveViews views, CycleManagement cycles,
			PeopleManagement people, TeamManagement teams, InputValidator validator, ApplicationEventPublisher events,
			Clock clock, PlatformTransactionManager transactions, CapRefusals refusals) {
		this.objectives = objectives;
		this.refusals = refusals;
		this.views = views;
		this.cycles = cycles;
		this.people = people;
		this.teams = teams;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@Transactional
	public ObjectiveView create(Caller actor, NewObjective command) {
		return create(actor, command, false);
	}

	/**
	 * Puts a draft objective into an owner's OKRs on someone else's word: the caller has established that the
	 * owner agreed (a contribution request the owner team accepted or proposed), so the actor need not be an
	 * owner. The caps hold as for any objective; the owners confirm, change or delete the draft later.
	 */
	@Transactional
	public ObjectiveView createDraft(Caller actor, NewObjective command) {
		return create(actor, command, true);
	}

	/** The owners take a draft as their own. */
	@Transactional
	public ObjectiveView confirm(Caller actor, long id, DraftConfirmation command) {
		validator.check(command);
		int version = command.version();
		Objective current = changeable(actor, id);
		if (!current.draft()) {
			throw new RuleViolationException("not-a-draft", "problem.not-a-draft.detail");
		}
		Instant now = clock.instant();
		if (!objectives.confirm(id, version, now)) {
			throw new StaleVersionException("objective", id);
		}
		events.publishEvent(new ObjectiveChanged(id, actor.personId(), now,
				Changes.between().field("draft", true, false).list()));
		return views.of(new Objective(id, current.cycleId(), current.owner(), current.title(), current.description(),
				current.visibility(), current.viewerIds(), current.createdBy(), current.version() + 1, current.createdAt(),
				now, false));
	}

	private ObjectiveView create(Caller actor, NewObjective command, boolean asDraft) {
		validator.check(command);
		Owner owner = ownerOf(command);
		Cycle cycle = cycles.find(command.cycleId())
			.orElseThrow(() -> InvalidInputException.of("cycleId", "validation.unknown-cycle", command.cycleId()));
		requireOpen(cycle);
		Objective draft = new Objective(0, cycle.id(), owner, command.title().strip(),
				command.description() == null ? "" : command.description().strip(),
				command.visibility() == null ? Visibility.PUBLIC : command.visibility(), List.of(), actor.personId(), 0,
				null, null, asDraft);
		if (!asDraft && !draft.mayBeChangedBy(actor)) {
			throw new ForbiddenException("problem.forbidden.objective-owner");
		}
		Set<Long> viewers = viewersOf(draft.visibility(), command.viewerIds());
		Instant now = clock.instant();
		long id = insertInFreeSlot(draft, now);
		objectives.replaceViewers(id, viewers);
		Objective created = new Objective(id, draft.cycleId(), owner, draft.title(), draft.description(),
				draft.visibility(), List.copyOf(viewers), actor.personId(), 0, now, now, asDraft);
		events.publishEvent(new ObjectiveCreated(id, actor.personId(), now, Changes.between()
			.field("cycleId", null, created.cycleId())
			.field("ownerTeamId", null, owner.teamId())
			.field("ownerPersonId", null, owner.personId())
			.field("title", null, created.title())
			.field("description", null, created.description())
			.field("visibility", null, created.visibility())
			.field("viewerIds", null, created.viewerIds().isEmpty() ? null : created.viewerIds())
			.field("draft", null, asDraft ? true : null)
			.list()));
		return ObjectiveView.of(created, List.of());
	}

	@Transactional
	public ObjectiveView revise(Caller actor, long id, ObjectiveRevision command) {
		validator.check(command);
		Objective current = changeable(actor, id);
		Set<Long> viewers = viewersOf(command.visibility(), command.viewerIds());
		Instant now = clock.instant();
		String description = command.description() == null ? "" : command.description().strip();
		if (!objectives.update(id, command.title().strip(), description, command.visibility(), command.version(), now)) {
			throw new StaleVersionException("objective", id);
		}
		objectives.replaceViewers(id, viewers);
		Objective revised = new Objective(id, current.cycleId(), current.owner(), command.title().strip(), description,
				command.visibility(), List.copyOf(viewers), current.createdBy(), current.version() + 1,
				current.createdAt(), now, current.draft());
		events.publishEvent(new ObjectiveChanged(id, actor.personId(), now, Changes.between()
			.field("title", current.title(), revised.title())
			.field("description", current.description(), revised.description())
			.field("visibility", current.visibility(), revised.visibility())
			.field("viewerIds", current.viewerIds(), revised.viewerIds())
			.list()));
		return views.of(revised);
	}

	@Transactional
	public void delete(Caller actor, long id) {
		Objective current = changeable(actor, id);
		objectives.delete(id);
		events.publishEvent(new ObjectiveDeleted(id, current.cycleId(), current.owner(), actor.personId(), clock.instant(),
				Changes.between().field("title", current.title(), null).field("visibility", current.visibility(), null).list()));
	}

	@Transactional(readOnly = true)
	public Optional<ObjectiveView> find(Caller caller, long id) {
		return objectives.findVisible(caller, id, false).map(views::of);
	}

	@Transactional(readOnly = true)
	public boolean isVisible(Caller caller, long id) {
		return objectives.findVisible(caller, id, false).isPresent();
	}

	@Transactional(readOnly = true)
	public Page<ObjectiveView> search(Caller caller, ObjectiveSearch search, PageQuery page) {
		return Page.of(views.of(objectives.search(caller, search, page)), page, objectives.count(caller, search));
	}

	/** The whole cycle, or one team's part of it, in a constant number of queries. */
	@Transactional(readOnly = true)
	public CycleOverview overview(Caller caller, long cycleId, Long ownerTeamId) {
		Cycle cycle = cycles.find(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
		return new CycleOverview(cycle, views.of(objectives.visibleInCycle(caller, cycleId, ownerTeamId)));
	}

	/** A person's objectives and those of the given teams in a cycle, as far as the caller may see them. */
	@Transactional(readOnly = true)
	public List<ObjectiveView> ownedBy(Caller caller, long cycleId, Long personId, Collection<Long> teamIds) {
		return views.of(objectives.ownedBy(caller, cycleId, personId, teamIds));
	}

	/**
	 * The objectives of any of these people and teams that the caller may see, in one cycle or (cycleId null) in
	 * every cycle, with their key results: a constant number of queries, however many owners.
	 */
	@Transactional(readOnly = true)
	public List<ObjectiveView> ownedByAny(Caller caller, Long cycleId, Collection<Long> personIds,
			Collection<Long> teamIds) {
		if (personIds.isEmpty() && teamIds.isEmpty()) {
			return List.of();
		}
		return views.of(objectives.ownedByAny(caller, cycleId, personIds, teamIds));
	}

	/**
	 * Objectives the caller may see in these cycles, other than {@code except}, whose title or a key result's title
	 * holds the text (any, when blank), with their key results: where an objective finds what it supports. At most
	 * {@code limit}, in a constant number of queries.
	 */
	@Transactional(readOnly = true)
	public List<ObjectiveView> matchingInCycles(Caller caller, Collection<Long> cycleIds, String text, long except,
			int limit) {
		if (cycleIds.isEmpty()) {
			return List.of();
		}
		return views.of(objectives.matchingInCycles(caller, cycleIds, text, except, limit));
	}

	/** The objective, locked for the rest of the transaction, if the caller may change it now. */
	public Objective changeable(Caller actor, long id) {
		Objective objective = objectives.findVisible(actor, id, true).orElseThrow(() -> new NotFoundException("objective", id));
		if (!objective.mayBeChangedBy(actor)) {
			throw new ForbiddenException("problem.forbidden.objective-owner");
		}
		requireOpen(cycles.find(objective.cycleId()).orElseThrow());
		return objective;
	}

	static void requireOpen(Cycle cycle) {
		if (!cycle.state().isOpen()) {
			throw new RuleViolationException("cycle-closed", "problem.cycle-closed.detail", cycle.name());
		}
	}

	private Owner ownerOf(NewObjective command) {
		if ((command.ownerTeamId() == null) == (command.ownerPersonId() == null)) {
			throw InvalidInputException.of("ownerTeamId", "validation.one-owner");
		}
		if (command.ownerTeamId() != null) {
			if (!teams.exists(command.ownerTeamId())) {
				throw InvalidInputException.of("ownerTeamId", "validation.unknown-team", command.ownerTeamId());
			}
			return Owner.team(command.ownerTeamId());
		}
		if (people.activeAmong(List.of(command.ownerPersonId())).isEmpty()) {
			throw InvalidInputException.of("ownerPersonId", "validation.unknown-person", command.ownerPersonId());
		}
		return Owner.person(command.ownerPersonId());
	}

	/** Viewers only mean something for a private objective; a public one keeps none. */
	private Set<Long> viewersOf(Visibility visibility, List<Long> viewerIds) {
		if (visibility != Visibility.PRIVATE || viewerIds == null || viewerIds.isEmpty()) {
			return Set.of();
		}
		Set<Long> known = people.activeAmong(viewerIds);
		List<FieldViolation> violations = new ArrayList<>();
		for (int i = 0; i < viewerIds.size(); i++) {
			if (!known.contains(viewerIds.get(i))) {
				violations.add(new FieldViolation("viewerIds[" + i + "]", "validation.unknown-person", viewerIds.get(i)));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new LinkedHashSet<>(viewerIds);
	}

	/**
	 * Takes the owner's lowest free slot within the cap, or refuses the objective. When a concurrent
	 * request takes the same slot first, the unique index refuses ours; we roll back to a savepoint and look again.
	 * Every lost race fills a slot, so after {@code cap} losses the owner is full and the next look refuses.
	 */
	private long insertInFreeSlot(Objective draft, Instant now) {
		for (int lostRaces = 0;; lostRaces++) {
			var slots = objectives.slotsOf(draft.cycleId(), draft.owner());
			if (slots.full()) {
				throw refusals.refuse(ObjectiveCaps.objectiveCapReached(slots.cap()), draft.cycleId(), draft.owner(), null,
						CapRefusal.Kind.OBJECTIVE, draft.createdBy());
			}
			int free = slots.lowestFree();
			try {
				return savepoint.execute(status -> objectives.insert(draft.cycleId(), draft.owner(), free, draft.title(),
						draft.description(), draft.visibility(), draft.createdBy(), now, draft.draft()));
			}
			catch (DuplicateKeyException slotTakenMeanwhile) {
				if (lostRaces >= slots.cap()) {
					throw slotTakenMeanwhile;
				}
			}
		}
	}
}
