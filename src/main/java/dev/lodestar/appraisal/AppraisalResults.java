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
import dev.lodestar.platform.errors.StaleVersionException;
import dev.lodestar.platform.security.Caller;
import dev.lodestar.platform.validation.InputValidator;

/**
 * Results of a period: each person's weighted KPI attainment (see {@link WeightedAttainment}) from the template that
 * applies to them (see {@link TemplateChoice}), with the manager's written assessment. A result is read by the person,
 * their manager (a lead of a team they are a member of), or an admin; the assessment is written by their manager or
 * an admin, never by themselves. Results are computed when read, from KPIs only — never from OKR scores.
 */
@Service
public class AppraisalResults {

	private final AppraisalPeriods periods;

	private final TemplateRepository templates;

	private final AssessmentRepository assessments;

	private final KpiManagement kpis;

	private final PeopleManagement people;

	private final TeamManagement teams;

	private final InputValidator validator;

	private final Clock clock;

	AppraisalResults(AppraisalPeriods periods, TemplateRepository templates, AssessmentRepository assessments,
			KpiManagement kpis, PeopleManagement people, TeamManagement teams, InputValidator validator, Clock clock) {
		this.periods = periods;
		this.templates = templates;
		this.assessments = assessments;
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
		if (!mayRead(caller, personId, theirTeams)) {
			throw new ForbiddenException("problem.forbidden.appraisal-result");
		}
		var choice = new TemplateChoice(templates.all(), byId(theirTeams));
		return choice.applicableTo(personId).map(template -> {
			var kpiIds = template.items().stream().map(TemplateItem::kpiId).toList();
			return result(period, person, template, kpis.findAll(kpiIds), lastIn(period, kpiIds),
					assessments.find(periodId, personId).orElse(Assessment.NONE));
		});
	}

	/**
	 * Everyone with an applicable template and their result, by name: everyone for admins, the people of the teams
	 * they lead (and themselves) for leads; others may not. A constant number of queries however many people.
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
		var choice = new TemplateChoice(all, named);
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
		Map<Long, Assessment> written = assessments.ofPeriod(periodId);
		return chosen.entrySet().stream()
			.map(entry -> result(period, found.get(entry.getKey()), entry.getValue(), kpiById, last,
					written.getOrDefault(entry.getKey(), Assessment.NONE)))
			.sorted(Comparator.comparing(AppraisalResult::personName, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(AppraisalResult::personId))
			.toList();
	}

	/** Writes the manager's assessment of a person in a period: a lead of one of their teams, or an admin. */
	@Transactional
	public Assessment assess(Caller caller, long periodId, long personId, AssessmentRevision command) {
		validator.check(command);
		periods.find(periodId);
		people.find(personId).orElseThrow(() -> new NotFoundException("person", personId));
		List<Team> theirTeams = teams.teamsOf(personId);
		if (!mayAssess(caller, personId, theirTeams)) {
			throw new ForbiddenException("problem.forbidden.appraisal-assessment");
		}
		if (new TemplateChoice(templates.all(), byId(theirTeams)).applicableTo(personId).isEmpty()) {
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
	 * Whether the caller may write a person's assessment: their manager (see {@link #manages}) or an admin — never the
	 * person themselves, admins included: nobody writes their own appraisal.
	 */
	@Transactional(readOnly = true)
	public boolean mayAssess(Caller caller, long personId) {
		return mayAssess(caller, personId, teams.teamsOf(personId));
	}

	private static boolean mayAssess(Caller caller, long personId, Collection<Team> theirTeams) {
		return caller.personId() != personId && (caller.admin() || manages(caller, personId, theirTeams));
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

	private static boolean mayRead(Caller caller, long personId, List<Team> theirTeams) {
		return caller.admin() || caller.personId() == personId || manages(caller, personId, theirTeams);
	}

	/**
	 * A person's manager leads a team the person is a member of. Leads of the same team are not each other's managers:
	 * co-leads would otherwise read and write each other's appraisals.
	 */
	private static boolean manages(Caller caller, long personId, Collection<Team> theirTeams) {
		return theirTeams.stream()
			.anyMatch(team -> team.leadIds().contains(caller.personId()) && team.memberIds().contains(personId));
	}

	private static boolean leadsOneOf(Caller caller, Collection<Team> teams) {
		return teams.stream().anyMatch(team -> team.leadIds().contains(caller.personId()));
	}

	/** The caller and the members of the teams they lead (not their co-leads: see {@link #manages}). */
	private static Set<Long> ledBy(Caller caller, Collection<Team> teams) {
		Set<Long> people = new HashSet<>();
		people.add(caller.personId());
		teams.stream()
			.filter(team -> team.leadIds().contains(caller.personId()))
			.forEach(team -> people.addAll(team.memberIds()));
		return people;
	}

	private static Map<Long, Team> byId(Collection<Team> teams) {
		return teams.stream().collect(Collectors.toMap(Team::id, Function.identity()));
	}
}
