package dev.lodestar.appraisal;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.lodestar.kpis.Kpi;
import dev.lodestar.kpis.KpiManagement;
import dev.lodestar.kpis.Measurement;
import dev.lodestar.people.PeopleManagement;
import dev.lodestar.people.Person;
import dev.lodestar.people.Team;
import dev.lodestar.people.TeamManagement;
import dev.lodestar.platform.errors.ForbiddenException;
import dev.lodestar.platform.errors.NotFoundException;
import dev.lodestar.platform.errors.RuleViolationException;
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/**
 * Results of a period: each person's weighted KPI attainment (see {@link WeightedAttainment}) from the template that
 * applies to them (see {@link TemplateChoice}), with the manager's written assessment. A result is read by the person,
 * their manager (a lead of a team they are a member of, or of the parent of a team they lead), or an admin; the assessment is written by their manager or
 * an admin, never by themselves. Results are computed when read, from KPIs only — never from OKR scores.
 */
@Service
public class AppraisalResults {

	private final AppraisalPeriods periods;

	private final TemplateRepository templates;

	private final AssessmentRepository assessments;

	private final ClosedResultRepository closed;

	private final PeriodRepository periodRows;

	private final KpiManagement kpis;

	private final PeopleManagement people;

	private final TeamManagement teams;

	private final InputValidator validator;

	private final Clock clock;

	AppraisalResults(AppraisalPeriods periods, TemplateRepository templates, AssessmentRepository assessments,
			ClosedResultRepository closed, PeriodRepository periodRows, KpiManagement kpis, PeopleManagement people,
			TeamManagement teams, InputValidator validator, Clock clock) {
		this.periods = periods;
		this.templates = templates;
		this.assessments = assessments;
		this.closed = closed;
		this.periodRows = periodRows;
		this.kpis = kpis;
		this.people = people;
		this.teams = teams;
		this.validator = validator;
		this.clock = clock;
	}

	/** A person's result in a period; empty when no template applies to them. */
	@Transactional(readOnly = true)
	public Optional<AppraisalResult> of(Caller caller, long periodId, long personId) {
		AppraisalPeriod period = periods.find(periodId);
		Person person = people.find(personId).orElseThrow(() -> new NotFoundException("person", personId));
		List<Team> theirTeams = teams.teamsOf(personId);
		if (!mayRead(caller, personId, managersOf(personId, theirTeams))) {
			throw new ForbiddenException("problem.forbidden.appraisal-result");
		}
		Assessment assessment = assessments.find(periodId, personId).orElse(Assessment.NONE);
		if (period.closed()) {
			return Optional.ofNullable(closed.of(periodId, personId).get(personId)).map(result -> result.with(assessment));
		}
		var choice = new TemplateChoice(templates.all(), byId(theirTeams));
		return choice.applicableTo(personId).map(template -> {
			var kpiIds = template.items().stream().map(TemplateItem::kpiId).toList();
			return result(period, person, template, kpis.findAll(kpiIds), lastIn(period, kpiIds), assessment);
		});
	}

	/**
	 * Everyone with an applicable template and their result, by name: everyone for admins, the members of the teams
	 * they lead (and themselves) for leads; others may not. A closed period's results are read as they were kept. A
	 * constant number of queries however many people.
	 */
	@Transactional(readOnly = true)
	public List<AppraisalResult> ofPeriod(Caller caller, long periodId) {
		AppraisalPeriod period = periods.find(periodId);
		List<AppraisalTemplate> all = templates.all();
		Set<Long> teamIds = all.stream().map(AppraisalTemplate::teamId).filter(id -> id != null).collect(Collectors.toSet());
		teamIds.addAll(caller.teamIds());
		Map<Long, Team> named = byId(teams.findAll(teamIds));
		if (!caller.admin() && !leadsOneOf(caller, named.values())) {
			throw new ForbiddenException("problem.forbidden.appraisal-period");
		}
		Set<Long> visible = caller.admin() ? null : ledBy(caller, named.values());
		Map<Long, Assessment> written = assessments.ofPeriod(periodId);
		Map<Long, AppraisalResult> computed = period.closed() ? closed.ofPeriod(periodId)
				: computed(period, new TemplateChoice(all, named), visible);
		return computed.values().stream()
			.filter(result -> visible == null || visible.contains(result.personId()))
			.map(result -> result.with(written.getOrDefault(result.personId(), Assessment.NONE)))
			.sorted(Comparator.comparing(AppraisalResult::personName, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(AppraisalResult::personId))
			.toList();
	}

	/**
	 * Closes a period (admins): everyone's result is kept as it is now, and from then on read as kept, whatever later
	 * happens to the KPIs, their measurements or the templates. Assessments stay writable: they are the managers'
	 * words, and may come after the numbers. Refused when the period is closed already, or changed since read.
	 */
	@Transactional
	public AppraisalPeriod close(Caller caller, long periodId, PeriodClosing command) {
		caller.requireAdmin();
		validator.check(command);
		AppraisalPeriod period = periods.find(periodId);
		if (period.closed()) {
			throw new RuleViolationException("appraisal-period-closed", "appraisal.closed.detail", period.name());
		}
		if (!periodRows.close(periodId, command.version(), caller.personId(), clock.instant())) {
			throw new StaleVersionException("appraisal-period", periodId);
		}
		List<AppraisalTemplate> all = templates.all();
		Set<Long> teamIds = all.stream().map(AppraisalTemplate::teamId).filter(id -> id != null).collect(Collectors.toSet());
		closed.insert(periodId, computed(period, new TemplateChoice(all, byId(teams.findAll(teamIds))), null).values());
		return periods.find(periodId);
	}

	/** Results computed now from templates and KPIs, by person, for these people (null: everyone with a template). */
	private Map<Long, AppraisalResult> computed(AppraisalPeriod period, TemplateChoice choice, Set<Long> visible) {
		Set<Long> candidates = new HashSet<>(choice.people());
		if (visible != null) {
			candidates.retainAll(visible);
		}
		Map<Long, Person> found = people.findAll(candidates);
		Map<Long, AppraisalTemplate> chosen = found.values().stream()
			.filter(Person::active)
			.collect(Collectors.toMap(Person::id, person -> choice.applicableTo(person.id()).orElseThrow()));
		Set<Long> kpiIds = chosen.values().stream()
			.flatMap(template -> template.items().stream())
			.map(TemplateItem::kpiId)
			.collect(Collectors.toSet());
		Map<Long, Kpi> kpiById = kpis.findAll(kpiIds);
		Map<Long, Measurement> last = lastIn(period, kpiIds);
		Map<Long, AppraisalResult> results = new java.util.LinkedHashMap<>();
		chosen.forEach((personId, template) -> results.put(personId,
				result(period, found.get(personId), template, kpiById, last, Assessment.NONE)));
		return results;
	}

	/** Writes the manager's assessment of a person in a period: a lead of one of their teams, or an admin. */
	@Transactional
	public Assessment assess(Caller caller, long periodId, long personId, AssessmentRevision command) {
		validator.check(command);
		AppraisalPeriod period = periods.find(periodId);
		people.find(personId).orElseThrow(() -> new NotFoundException("person", personId));
		List<Team> theirTeams = teams.teamsOf(personId);
		if (!mayAssess(caller, personId, managersOf(personId, theirTeams))) {
			throw new ForbiddenException("problem.forbidden.appraisal-assessment");
		}
		boolean hasResult = period.closed() ? closed.of(periodId, personId).containsKey(personId)
				: new TemplateChoice(templates.all(), byId(theirTeams)).applicableTo(personId).isPresent();
		if (!hasResult) {
			// No template, no result to read: an assessment would be saved where nobody could see it.
			throw new NotFoundException("appraisal-result", personId);
		}
		if (!assessments.save(periodId, personId, command.assessment().strip(), command.version(), caller.personId(),
				clock.instant())) {
			throw new StaleVersionException("appraisal-assessment", personId);
		}
		return assessments.find(periodId, personId).orElseThrow();
	}

	/**
	 * Whether the caller may write a person's assessment: their manager (see {@link #managersOf}) or an admin — never the
	 * person themselves, admins included: nobody writes their own appraisal.
	 */
	@Transactional(readOnly = true)
	public boolean mayAssess(Caller caller, long personId) {
		return mayAssess(caller, personId, managersOf(personId, teams.teamsOf(personId)));
	}

	private static boolean mayAssess(Caller caller, long personId, Set<Long> managers) {
		return caller.personId() != personId && (caller.admin() || managers.contains(caller.personId()));
	}

	/** Whether the caller may open a period's page: an admin or the lead of some team. */
	@Transactional(readOnly = true)
	public boolean maySeePeriods(Caller caller) {
		return caller.admin() || teams.findAll(caller.teamIds()).stream()
			.anyMatch(team -> team.leadIds().contains(caller.personId()));
	}

	private Map<Long, Measurement> lastIn(AppraisalPeriod period, Collection<Long> kpiIds) {
		return kpiIds.isEmpty() ? Map.of() : kpis.lastIn(kpiIds, period.startsOn(), period.endsOn());
	}

	private static AppraisalResult result(AppraisalPeriod period, Person person, AppraisalTemplate template,
			Map<Long, Kpi> kpiById, Map<Long, Measurement> last, Assessment assessment) {
		List<ResultLine> lines = WeightedAttainment.lines(template.items(), kpiById, last);
		List<String> unmeasured = lines.stream().filter(line -> !line.measured()).map(ResultLine::kpiName).toList();
		return new AppraisalResult(period.id(), person.id(), person.name(), person.email(), template.id(), template.name(),
				WeightedAttainment.total(lines), lines, unmeasured, assessment);
	}

	private static boolean mayRead(Caller caller, long personId, Set<Long> managers) {
		return caller.admin() || caller.personId() == personId || managers.contains(caller.personId());
	}

	/**
	 * A person's managers: the leads of the teams they are a member of, and for the teams they lead, the leads of the
	 * parent team. Leads of the same team are not each other's managers: co-leads would otherwise read and write each
	 * other's appraisals. One query for the parent teams, however many teams.
	 */
	private Set<Long> managersOf(long personId, Collection<Team> theirTeams) {
		Set<Long> managers = new HashSet<>();
		Set<Long> parentIds = new HashSet<>();
		for (Team team : theirTeams) {
			if (team.memberIds().contains(personId)) {
				managers.addAll(team.leadIds());
			}
			if (team.leadIds().contains(personId) && team.parentId() != null) {
				parentIds.add(team.parentId());
			}
		}
		if (!parentIds.isEmpty()) {
			teams.findAll(parentIds).forEach(parent -> managers.addAll(parent.leadIds()));
		}
		managers.remove(personId);
		return managers;
	}

	private static boolean leadsOneOf(Caller caller, Collection<Team> teams) {
		return teams.stream().anyMatch(team -> team.leadIds().contains(caller.personId()));
	}

	/**
	 * The caller, the members of the teams they lead, and the leads of those teams' child teams among these (the teams
	 * templates name): the people they manage (see {@link #managersOf}), never their co-leads.
	 */
	private static Set<Long> ledBy(Caller caller, Collection<Team> teams) {
		Set<Long> people = new HashSet<>();
		people.add(caller.personId());
		Set<Long> led = new HashSet<>();
		teams.stream().filter(team -> team.leadIds().contains(caller.personId())).forEach(team -> {
			led.add(team.id());
			people.addAll(team.memberIds());
		});
		teams.stream().filter(team -> team.parentId() != null && led.contains(team.parentId()))
			.forEach(child -> people.addAll(child.leadIds()));
		return people;
	}

	private static Map<Long, Team> byId(Collection<Team> teams) {
		return teams.stream().collect(Collectors.toMap(Team::id, Function.identity()));
	}
}
