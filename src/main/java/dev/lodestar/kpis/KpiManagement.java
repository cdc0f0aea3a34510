package dev.lodestar.kpis;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.FieldViolation;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.InvalidInputException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.history.Changes;
import dev.lodestar.platform.history.FieldChange;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;
import dev.lodestar.platform.web.Page;
import dev.lodestar.platform.web.PageQuery;

/**
 * Defines KPIs, records their measurements and reports their health. Everyone may read every KPI (transparency, as
 * with objectives). A team's leads define its KPIs and correct their history, and its leads and members measure
 * them; a person's KPIs are defined and corrected by a lead of one of their teams and measured by that person too;
 * admins may do anything (see {@link #isSteward}).
 */
@Service
public class KpiManagement {

	/** Measured days a trend line shows. */
	public static final int TREND_DAYS = 12;

	private final KpiRepository kpis;

	private final MeasurementRepository measurements;

	private final TeamManagement teams;

	private final PeopleManagement people;

	private final InputValidator validator;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	KpiManagement(KpiRepository kpis, MeasurementRepository measurements, TeamManagement teams, PeopleManagement people,
			InputValidator validator, ApplicationEventPublisher events, Clock clock) {
		this.kpis = kpis;
		this.measurements = measurements;
		this.teams = teams;
		this.people = people;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Kpi define(Caller actor, NewKpi command) {
		return define(actor, command, null);
	}

	/** Defines a KPI carried over from a key result, which it names as its origin. */
	@Transactional
	public Kpi define(Caller actor, NewKpi command, Long originKeyResultId) {
		validator.check(command, ownerViolations(command));
		KpiOwner owner = new KpiOwner(command.teamId(), command.personId());
		requireSteward(actor, owner);
		KpiSource source = command.source() == null ? KpiSource.MANUAL : command.source();
		Instant at = clock.instant();
		long id = kpis.insert(command, source, originKeyResultId, actor.personId(), at);
		Kpi kpi = kpis.find(id).orElseThrow();
		events.publishEvent(new KpiChanged(id, "CREATED", actor.personId(), at, changes(null, kpi)));
		return kpi;
	}

	@Transactional
	public Kpi revise(Caller actor, long id, KpiRevision command) {
		validator.check(command, command.targets().violations());
		Kpi kpi = find(id);
		requireSteward(actor, kpi.owner());
		Instant at = clock.instant();
		if (!kpis.update(id, command, at)) {
			throw new StaleVersionException("kpi", id);
		}
		Kpi revised = find(id);
		events.publishEvent(new KpiChanged(id, "UPDATED", actor.personId(), at, changes(kpi, revised)));
		return revised;
	}

	/** The definition's fields, before and after; a new KPI has no before. */
	private static List<FieldChange> changes(Kpi before, Kpi after) {
		return Changes.between()
			.field("name", before == null ? null : before.name(), after.name())
			.field("unit", before == null ? null : before.unit(), after.unit())
			.field("direction", before == null ? null : before.targets().direction(), after.targets().direction())
			.field("target", before == null ? null : before.targets().target(), after.targets().target())
			.field("healthyThreshold", before == null ? null : before.targets().healthy(), after.targets().healthy())
			.field("criticalThreshold", before == null ? null : before.targets().critical(), after.targets().critical())
			.field("frequency", before == null ? null : before.frequency(), after.frequency())
			.field("source", before == null ? null : before.source(), after.source())
			.list();
	}

	/**
	 * Records a measurement. A day after the latest measured one needs nothing more; an earlier or the same day is
	 * refused unless the measurement says it is a correction, so a typo in the date cannot silently rewrite history.
	 */
	@Transactional
	public Measurement measure(Caller actor, long kpiId, NewMeasurement command) {
		validator.check(command, futureViolations(command));
		Kpi kpi = find(kpiId);
		requireMeasurer(actor, kpi.owner());
		if (command.isCorrection() && !isSteward(actor, kpi.owner())) {
			throw new ForbiddenException("problem.forbidden.kpi-correction");
		}
		if (!kpis.advance(kpiId, command.measuredOn(), command.isCorrection())) {
			Kpi now = find(kpiId);
			throw new InvalidInputException(List.of(new FieldViolation("measuredOn",
					"validation.kpi-measurement-not-after-latest", now.lastMeasuredOn())));
		}
		Instant at = clock.instant();
		String note = command.note() == null ? "" : command.note().strip();
		long id = measurements.insert(kpiId, command.measuredOn(), command.value(), command.isCorrection(), note,
				actor.personId(), at);
		var measurement = new Measurement(id, kpiId, command.measuredOn(), command.value(), command.isCorrection(), note,
				actor.personId(), at);
		KpiHealth health = status(kpiId).health();
		events.publishEvent(new KpiMeasured(kpiId, id, command.measuredOn(), health, actor.personId(), at));
		return measurement;
	}

	@Transactional(readOnly = true)
	public Kpi find(long id) {
		return kpis.find(id).orElseThrow(() -> new NotFoundException("kpi", id));
	}

	/** The KPIs among these ids that exist, by id. */
	@Transactional(readOnly = true)
	public Map<Long, Kpi> findAll(Collection<Long> ids) {
		return kpis.findAll(ids).stream()
			.collect(Collectors.toMap(Kpi::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** A KPI's whole series, one measurement per day, oldest first. */
	@Transactional(readOnly = true)
	public List<Measurement> series(long kpiId) {
		find(kpiId);
		return measurements.series(kpiId);
	}

	@Transactional(readOnly = true)
	public KpiStatus status(long kpiId) {
		return statusesOf(List.of(find(kpiId))).get(0);
	}

	/** A team's KPIs with their health and trend, in two queries however many KPIs and measurements. */
	@Transactional(readOnly = true)
	public List<KpiStatus> ofTeam(long teamId) {
		if (!teams.exists(teamId)) {
			throw new NotFoundException("team", teamId);
		}
		return statusesOf(kpis.ofTeam(teamId));
	}

	@Transactional(readOnly = true)
	public List<KpiStatus> ofPerson(long personId) {
		if (people.find(personId).isEmpty()) {
			throw new NotFoundException("person", personId);
		}
		return statusesOf(kpis.ofPerson(personId));
	}

	/** The organisation's KPIs, a page at a time, by name. */
	@Transactional(readOnly = true)
	public Page<KpiStatus> all(PageQuery page) {
		return Page.of(statusesOf(kpis.page(page)), page, kpis.count());
	}

	/**
	 * The organisation's KPIs without their measurements, the latest defined first, a page at a time: for pickers,
	 * where the KPI just defined is the one most likely wanted.
	 */
	@Transactional(readOnly = true)
	public Page<Kpi> latest(PageQuery page) {
		return Page.of(kpis.latest(page), page, kpis.count());
	}

	/** The KPIs carried over from a key result. */
	@Transactional(readOnly = true)
	public List<Kpi> fromKeyResult(long keyResultId) {
		return kpis.fromKeyResult(keyResultId);
	}

	/** Each KPI's last measured day within a period, by KPI id; KPIs not measured in it are absent. */
	@Transactional(readOnly = true)
	public Map<Long, Measurement> lastIn(Collection<Long> kpiIds, LocalDate from, LocalDate to) {
		return measurements.lastIn(kpiIds, from, to).stream()
			.collect(Collectors.toMap(Measurement::kpiId, Function.identity(), (a, b) -> b, LinkedHashMap::new));
	}

	/**
	 * Whether the caller may define or change a KPI of this owner, or correct its past measurements. A KPI may weigh in
	 * an appraisal, so nobody sets the targets of their own KPIs or rewrites their history: a team's KPIs belong to its
	 * leads, and a person's are agreed with, and defined by, a lead of one of their teams. Admins may do anything.
	 */
	public boolean isSteward(Caller caller, KpiOwner owner) {
		if (caller.admin()) {
			return true;
		}
		if (owner.isTeam()) {
			return teams.find(owner.teamId()).map(team -> team.leadIds().contains(caller.personId())).orElse(false);
		}
		return owner.personId() != caller.personId() && leadsOneOfTheTeamsOf(caller, owner.personId());
	}

	/** Whether the caller may measure a KPI of this owner: a team's members and leads, a person and their stewards. */
	public boolean isMeasurer(Caller caller, KpiOwner owner) {
		if (owner.isTeam()) {
			return caller.admin() || caller.belongsTo(owner.teamId());
		}
		return owner.personId() == caller.personId() || isSteward(caller, owner);
	}

	private List<KpiStatus> statusesOf(List<Kpi> list) {
		Map<Long, List<Measurement>> recent = new LinkedHashMap<>();
		for (Measurement measurement : measurements.recent(list.stream().map(Kpi::id).toList(), TREND_DAYS)) {
			recent.computeIfAbsent(measurement.kpiId(), id -> new ArrayList<>()).add(measurement);
		}
		return list.stream().map(kpi -> KpiStatus.of(kpi, recent.getOrDefault(kpi.id(), List.of()))).toList();
	}

	private boolean leadsOneOfTheTeamsOf(Caller caller, long personId) {
		return teams.teamsOf(personId).stream().map(Team::leadIds).anyMatch(leads -> leads.contains(caller.personId()));
	}

	private void requireSteward(Caller actor, KpiOwner owner) {
		if (!isSteward(actor, owner)) {
			throw new ForbiddenException("problem.forbidden.kpi-steward");
		}
	}

	private void requireMeasurer(Caller actor, KpiOwner owner) {
		if (!isMeasurer(actor, owner)) {
			throw new ForbiddenException("problem.forbidden.kpi-measurer");
		}
	}

	private List<FieldViolation> ownerViolations(NewKpi command) {
		List<FieldViolation> violations = new ArrayList<>(command.targets().violations());
		if ((command.teamId() == null) == (command.personId() == null)) {
			violations.add(new FieldViolation("teamId", "validation.kpi-one-owner"));
		}
		else if (command.teamId() != null && !teams.exists(command.teamId())) {
			violations.add(new FieldViolation("teamId", "validation.unknown-team", command.teamId()));
		}
		else if (command.personId() != null && people.find(command.personId()).isEmpty()) {
			violations.add(new FieldViolation("personId", "validation.unknown-person", command.personId()));
		}
		return violations;
	}

	private List<FieldViolation> futureViolations(NewMeasurement command) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		return command.measuredOn() != null && command.measuredOn().isAfter(today.plusDays(1))
				? List.of(new FieldViolation("measuredOn", "validation.kpi-measurement-in-future"))
				: List.of();
	}
}
