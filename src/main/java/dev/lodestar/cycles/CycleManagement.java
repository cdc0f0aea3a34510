package dev.lodestar.cycles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.Collection;
import java.util.Comparator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.people.TeamManagement;
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

/**
 * Plans, starts and closes cycles. Admins plan and change them; an admin or a lead of a top-level team closes one
 * (the cycle is the whole organisation's); only admins reopen one, saying why. Everyone reads them.
 */
@Service
public class CycleManagement {

	/** How many ended cycles {@link #earlier} looks through for those of the same rhythm. */
	private static final int EARLIER_LOOKED_AT = 20;

	private final CycleRepository cycles;

	private final InputValidator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TeamManagement teams;

	CycleManagement(CycleRepository cycles, InputValidator validator, ApplicationEventPublisher events, Clock clock,
			TeamManagement teams) {
		this.cycles = cycles;
		this.teams = teams;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Cycle plan(Caller actor, NewCycle command) {
		actor.requireAdmin();
		validator.check(command);
		checkDates(command.startsOn(), command.endsOn());
		CycleState state = command.state() == null ? CycleState.PLANNING : command.state();
		Instant now = clock.instant();
		long id = cycles.insert(command.name().trim(), command.startsOn(), command.endsOn(), state, now);
		Cycle cycle = new Cycle(id, command.name().trim(), command.startsOn(), command.endsOn(), state, 0);
		events.publishEvent(new CyclePlanned(id, actor.personId(), now, Changes.between()
			.field("name", null, cycle.name())
			.field("startsOn", null, cycle.startsOn().toString())
			.field("endsOn", null, cycle.endsOn().toString())
			.field("state", null, cycle.state())
			.list()));
		return cycle;
	}

	@Transactional
	public Cycle revise(Caller actor, long id, CycleRevision command) {
		actor.requireAdmin();
		validator.check(command);
		Cycle current = find(id).orElseThrow(() -> new NotFoundException("cycle", id));
		checkDates(command.startsOn(), command.endsOn());
		if (!current.state().mayMoveTo(command.state())) {
			throw RuleViolationException.onField("state", "cycle-state", "validation.cycle-state-backwards",
					current.state().name(), command.state().name());
		}
		Cycle revised = new Cycle(id, command.name().trim(), command.startsOn(), command.endsOn(), command.state(),
				current.version() + 1);
		Instant now = clock.instant();
		if (!cycles.update(revised, command.version(), now)) {
			throw new StaleVersionException("cycle", id);
		}
		events.publishEvent(new CycleChanged(id, actor.personId(), now, Changes.between()
			.field("name", current.name(), revised.name())
			.field("startsOn", current.startsOn().toString(), revised.startsOn().toString())
			.field("endsOn", current.endsOn().toString(), revised.endsOn().toString())
			.field("state", current.state(), revised.state())
			.list()));
		if (current.state().isOpen() && !revised.state().isOpen()) {
			// The cycle form closes a cycle too; whoever listens for closings must hear this one as well.
			events.publishEvent(new CycleClosed(id, actor.personId(), now));
		}
		return revised;
	}

	/** Whether the caller may close cycles: an admin, or a lead of a team at the top of the tree. */
	@Transactional(readOnly = true)
	public boolean mayClose(Caller caller) {
		return caller.admin() || teams.leadsATopLevelTeam(caller.personId());
	}

	/** Closes an open cycle: its objectives, key results, check-ins and scores become history. */
	@Transactional
	public Cycle close(Caller actor, long id, int version) {
		if (!mayClose(actor)) {
			throw new ForbiddenException("closing.forbidden");
		}
		Cycle current = find(id).orElseThrow(() -> new NotFoundException("cycle", id));
		if (!current.state().isOpen()) {
			throw new RuleViolationException("cycle-closed", "problem.cycle-closed.detail", current.name());
		}
		Instant now = clock.instant();
		if (!cycles.updateState(id, CycleState.CLOSED, version, now)) {
			throw new StaleVersionException("cycle", id);
		}
		events.publishEvent(new CycleChanged(id, actor.personId(), now,
				Changes.between().field("state", current.state(), CycleState.CLOSED).list()));
		events.publishEvent(new CycleClosed(id, actor.personId(), now));
		return new Cycle(id, current.name(), current.startsOn(), current.endsOn(), CycleState.CLOSED, current.version() + 1);
	}

	/**
	 * Reopens a closed cycle (admins only), e.g. when a final score was forgotten. The one way back: the reason is
	 * kept in the cycle's history.
	 */
	@Transactional
	public Cycle reopen(Caller actor, long id, CycleReopening command) {
		actor.requireAdmin();
		validator.check(command);
		Cycle current = find(id).orElseThrow(() -> new NotFoundException("cycle", id));
		if (current.state().isOpen()) {
			throw new RuleViolationException("cycle-open", "reopen.not-closed", current.name());
		}
		Instant now = clock.instant();
		if (!cycles.updateState(id, CycleState.ACTIVE, command.version(), now)) {
			throw new StaleVersionException("cycle", id);
		}
		events.publishEvent(new CycleReopened(id, actor.personId(), command.reason().strip(), now));
		return new Cycle(id, current.name(), current.startsOn(), current.endsOn(), CycleState.ACTIVE, current.version() + 1);
	}

	@Transactional(readOnly = true)
	public Optional<Cycle> find(long id) {
		return cycles.find(id);
	}

	/** These cycles, oldest first: one query. */
	@Transactional(readOnly = true)
	public List<Cycle> findAll(Collection<Long> ids) {
		return cycles.findAll(ids).stream().sorted(Comparator.comparing(Cycle::startsOn).thenComparing(Cycle::id)).toList();
	}

	/** The ids among these of cycles still open for changes and check-ins: one query. */
	@Transactional(readOnly = true)
	public Set<Long> openAmong(Collection<Long> ids) {
		return cycles.findAll(ids).stream().filter(cycle -> cycle.state().isOpen()).map(Cycle::id).collect(Collectors.toSet());
	}

	/**
	 * The cycle and every cycle that contains it, e.g. the year around a quarter: where the objectives an objective
	 * may support are. One query.
	 */
	@Transactional(readOnly = true)
	public List<Cycle> containing(Cycle cycle) {
		return cycles.around(cycle.startsOn(), cycle.endsOn());
	}

	/**
	 * The cycles of the same rhythm that came before this one, the latest first: ended before it started, and as long
	 * as it within a week (the quarters before a quarter, not the year around them). At most {@code count}; one query.
	 */
	@Transactional(readOnly = true)
	public List<Cycle> earlier(Cycle cycle, int count) {
		long length = ChronoUnit.DAYS.between(cycle.startsOn(), cycle.endsOn());
		return cycles.endedBefore(cycle.startsOn(), EARLIER_LOOKED_AT).stream()
			.filter(other -> Math.abs(ChronoUnit.DAYS.between(other.startsOn(), other.endsOn()) - length) <= 7)
			.limit(count)
			.toList();
	}

	/** The cycle asked for, or the one to show by default: the active one running today, else the latest. */
	@Transactional(readOnly = true)
	public Optional<Cycle> chooseOrCurrent(Long requested) {
		return requested != null ? cycles.find(requested) : cycles.current(LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	public Page<Cycle> list(CycleState state, PageQuery page) {
		return list(null, state, page);
	}

	/** Cycles whose name holds {@code text} (any, when blank), newest first, optionally in one state. */
	@Transactional(readOnly = true)
	public Page<Cycle> list(String text, CycleState state, PageQuery page) {
		return Page.of(cycles.list(text, state, page), page, cycles.count(text, state));
	}

	private static void checkDates(java.time.LocalDate startsOn, java.time.LocalDate endsOn) {
		if (!startsOn.isBefore(endsOn)) {
			throw InvalidInputException.of("endsOn", "validation.ends-after-start");
		}
	}

}
